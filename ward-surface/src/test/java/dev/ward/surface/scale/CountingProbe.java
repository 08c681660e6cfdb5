package dev.ward.surface.scale;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanListener;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A probe that sends no traffic: it counts how often each endpoint is probed, optionally waits, and answers OPEN. */
final class CountingProbe implements EndpointProbe {

    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final AtomicInteger total = new AtomicInteger();
    private final long sleepMillis;

    CountingProbe(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    @Override
    public String service() {
        return "counting";
    }

    @Override
    public void probe(Endpoint endpoint, ScanListener listener) {
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        calls.computeIfAbsent(endpoint.authority(), k -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
        listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("counting")), service(), "tcp", Access.OPEN, "counted", List.of()));
    }
}
