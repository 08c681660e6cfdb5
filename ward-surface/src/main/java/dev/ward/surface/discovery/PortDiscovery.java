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
 * A TCP connect scan: which endpoints of a scan order accept a connection. It keeps the scan engine's rules (seeded
 * order, shards, rate, per-host limit, retries, resume) and holds its connects in a {@link ConnectSweep}, so tens of
 * thousands in flight cost no thread each. Each open endpoint is reported as it is found.
 */
public final class PortDiscovery {

    private final ConnectSweep sweep;

    public PortDiscovery(Duration connectTimeout, int concurrency, ScaleOptions scale) {
        this.sweep = new ConnectSweep(connectTimeout, scale.retries(), ConnectionRate.perSecond(scale.connectionsPerSecond()),
                concurrency, scale.perHost(), scale.saveInterval());
    }

    /** Calls {@code open} (from the sweep's threads, possibly several at once) for every endpoint that accepts a connection. */
    public ScanSummary discover(ScanOrder order, Checkpoint checkpoint, Consumer<Endpoint> open,
                                EndpointDispatcher.ProgressSink progress) {
        return sweep.run(order, checkpoint, (endpoint, state, handoff) -> {
            if (state == PortState.OPEN) {
                open.accept(endpoint);
            }
            return true;
        }, progress);
    }
}
