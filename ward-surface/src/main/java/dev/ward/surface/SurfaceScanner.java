package dev.ward.surface;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanListener;
import dev.ward.surface.clickhouse.ClickHouseEndpointProbe;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Probes endpoints, many at once on virtual threads, at most {@code concurrency} at a time.
 * Every endpoint ends as exactly one exposure; a failure in one endpoint never stops the others or reaches the caller.
 */
public final class SurfaceScanner {

    private final SurfaceOptions options;
    private final EndpointProbe probe;

    public SurfaceScanner(SurfaceOptions options) {
        this(options, new ClickHouseEndpointProbe(options));
    }

    public SurfaceScanner(SurfaceOptions options, EndpointProbe probe) {
        this.options = options;
        this.probe = probe;
    }

    public void scan(List<Endpoint> endpoints, ScanListener listener) {
        long total = endpoints.size();
        AtomicLong done = new AtomicLong();
        Semaphore slots = new Semaphore(options.concurrency());
        listener.progress("probing " + total + " endpoints", 0, total);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Endpoint endpoint : endpoints) {
                slots.acquireUninterruptibly();
                pool.submit(() -> {
                    try {
                        probeOne(endpoint, listener);
                    } finally {
                        slots.release();
                        listener.progress(endpoint.authority(), done.incrementAndGet(), total);
                    }
                });
            }
        }
    }

    private void probeOne(Endpoint endpoint, ScanListener listener) {
        try {
            probe.probe(endpoint, listener);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a hostile reply we did not foresee must still leave this endpoint with an outcome.
            String what = e.getClass().getSimpleName();
            listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("tcp")), probe.service(),
                    "", Access.NOT_IDENTIFIED, "probe failed with an internal error (" + what + ")", List.of()));
        }
    }
}
