package dev.ward.surface;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanEvent;
import dev.ward.core.ScanListener;
import dev.ward.surface.service.ServiceIdentifier;
import dev.ward.surface.discovery.ConnectSweep;
import dev.ward.surface.discovery.PortState;
import dev.ward.surface.enrich.StageHintListener;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ConnectionRate;
import dev.ward.surface.scale.EndpointDispatcher;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.TargetSpace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Probes endpoints, many at once on virtual threads: at most {@code concurrency} at a time, at most
 * {@link ScaleOptions#perHost()} per address, new connections paced by {@link ScaleOptions#connectionsPerSecond()}.
 * Every endpoint probed ends as exactly one exposure; a failure in one endpoint never stops the others or reaches the
 * caller. With {@link ScaleOptions#discover()}, a non-blocking TCP connect comes first ({@link ConnectSweep}) and closed
 * ports are dropped silently; only open ones get a probe.
 * Every finding passes the development-instance enrichment ({@link StageHintListener}) on its way out.
 */
public final class SurfaceScanner {

    /** The wording {@code net.Connection} uses for a connect that timed out; such an outcome is retried. */
    static final String CONNECT_TIMED_OUT = "connect timed out";

    private final SurfaceOptions options;
    private final ScaleOptions scale;
    private final EndpointProbe probe;
    private final ConnectionRate rate;

    public SurfaceScanner(SurfaceOptions options) {
        this(options, ScaleOptions.defaults(), ServiceIdentifier.standard(options));
    }

    public SurfaceScanner(SurfaceOptions options, EndpointProbe probe) {
        this(options, ScaleOptions.defaults(), probe);
    }

    public SurfaceScanner(SurfaceOptions options, ScaleOptions scale, EndpointProbe probe) {
        this.options = options;
        this.scale = scale;
        this.probe = probe;
        this.rate = ConnectionRate.perSecond(scale.connectionsPerSecond());
    }

    /** Probes every endpoint in the order given, with no resume file. */
    public void scan(List<Endpoint> endpoints, ScanListener listener) {
        scan(ScanOrder.sequential(TargetSpace.of(endpoints)), Checkpoint.NONE, listener);
    }

    /**
     * Probes the endpoints of {@code order} that {@code checkpoint} does not list as done, recording each as it ends.
     * Interrupting the calling thread stops the scan cleanly (see {@link EndpointDispatcher}).
     */
    public ScanSummary scan(ScanOrder order, Checkpoint checkpoint, ScanListener listener) {
        long total = order.size();
        listener.progress((scale.discover() ? "discovering and probing " : "probing ") + total + " endpoints", 0, total);
        EndpointDispatcher.ProgressSink progress = (last, done, all) -> listener.progress(last.authority(), done, all);
        if (scale.discover()) {
            return discoverThenProbe(order, checkpoint, listener, progress);
        }
        EndpointDispatcher dispatcher = new EndpointDispatcher(options.concurrency(), scale.perHost(), scale.saveInterval());
        return dispatcher.run(order, checkpoint, endpoint -> probeWithRetries(endpoint, new StageHintListener(endpoint, listener)),
                progress);
    }

    /**
     * Connects held by a {@link ConnectSweep} (no thread per connect); only an open port gets a virtual thread for its
     * probe. The endpoint keeps its concurrency and per-host place until the probe ends, and only then is recorded.
     */
    private ScanSummary discoverThenProbe(ScanOrder order, Checkpoint checkpoint, ScanListener listener,
                                          EndpointDispatcher.ProgressSink progress) {
        ConnectSweep sweep = new ConnectSweep(options.connectTimeout(), scale.retries(), rate, options.concurrency(),
                scale.perHost(), scale.saveInterval());
        return sweep.run(order, checkpoint, (endpoint, state, handoff) -> {
            if (state != PortState.OPEN) {
                return true;
            }
            Thread.ofVirtual().name("ward-probe").start(() -> {
                boolean finished = false;
                try {
                    probeWithRetries(endpoint, new StageHintListener(endpoint, listener));
                    finished = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (finished) {
                        handoff.finished();
                    } else {
                        handoff.abandoned();
                    }
                }
            });
            return false;
        }, progress);
    }

    /** Runs the probe; an outcome that is only a connect timeout is tried again, up to the retry limit. */
    private void probeWithRetries(Endpoint endpoint, ScanListener listener) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            rate.acquire();
            List<ScanEvent> events = Collections.synchronizedList(new ArrayList<>());
            probeOne(endpoint, events::add);
            if (attempt >= scale.retries() || !onlyConnectTimeout(events)) {
                events.forEach(listener::on);
                return;
            }
        }
    }

    private static boolean onlyConnectTimeout(List<ScanEvent> events) {
        return events.size() == 1 && events.getFirst() instanceof ScanEvent.ExposureObserved(Exposure exposure)
                && exposure.access() == Access.UNREACHABLE && exposure.detail().contains(CONNECT_TIMED_OUT);
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
