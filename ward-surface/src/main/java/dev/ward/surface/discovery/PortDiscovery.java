package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ConnectionRate;
import dev.ward.surface.scale.EndpointDispatcher;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A TCP connect scan: which endpoints of a scan order accept a connection. It runs the same engine as the service
 * probes (seeded order, shards, rate, per-host limit, resume) and reports each open endpoint as it is found.
 */
public final class PortDiscovery {

    private final int concurrency;
    private final ScaleOptions scale;
    private final ConnectCheck check;

    public PortDiscovery(Duration connectTimeout, int concurrency, ScaleOptions scale) {
        this.concurrency = concurrency;
        this.scale = scale;
        this.check = new ConnectCheck(connectTimeout, scale.retries(), ConnectionRate.perSecond(scale.connectionsPerSecond()));
    }

    /** Calls {@code open} (from many threads at once) for every endpoint that accepts a connection. */
    public ScanSummary discover(ScanOrder order, Checkpoint checkpoint, Consumer<Endpoint> open,
                                EndpointDispatcher.ProgressSink progress) {
        EndpointDispatcher dispatcher = new EndpointDispatcher(concurrency, scale.perHost(), scale.saveInterval());
        return dispatcher.run(order, checkpoint, endpoint -> {
            if (check.check(endpoint) == PortState.OPEN) {
                open.accept(endpoint);
            }
        }, progress);
    }
}
