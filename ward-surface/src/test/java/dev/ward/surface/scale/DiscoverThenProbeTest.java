package dev.ward.surface.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanListener;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.Shard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The surface scan with its connect stage ({@code --discover}): real listeners on every loopback address and a port
 * just released; only open endpoints reach the probe, each once, and a stopped scan resumes without probing twice.
 */
class DiscoverThenProbeTest {

    @TempDir
    Path dir;

    @Test
    void onlyOpenPortsAreProbedUnderThePerHostLimitAndAResumeProbesNothingTwice() throws Exception {
        try (ServerSocket a = listen(); ServerSocket b = listen()) {
            int closed;
            try (ServerSocket gone = listen()) {
                closed = gone.getLocalPort();
            }
            String ports = a.getLocalPort() + "," + b.getLocalPort() + "," + closed;
            ScanOrder order = ScanOrder.shuffled(TargetParser.space(List.of("127.0.0.0/27"), PortList.parse(ports)), 9, Shard.WHOLE);
            Map<String, AtomicInteger> probed = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> perHost = new ConcurrentHashMap<>();
            AtomicInteger peakPerHost = new AtomicInteger();
            EndpointProbe probe = new EndpointProbe() {
                @Override
                public String service() {
                    return "slow";
                }

                @Override
                public void probe(Endpoint endpoint, ScanListener listener) {
                    AtomicInteger host = perHost.computeIfAbsent(endpoint.address().getHostAddress(), h -> new AtomicInteger());
                    peakPerHost.accumulateAndGet(host.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    host.decrementAndGet();
                    probed.computeIfAbsent(endpoint.authority(), k -> new AtomicInteger()).incrementAndGet();
                    listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("tcp")), "slow", "", Access.OPEN, "x", List.of()));
                }
            };
            SurfaceScanner scanner = new SurfaceScanner(SurfaceOptions.defaults().withConcurrency(16),
                    ScaleOptions.defaults().withDiscover(true).withPerHost(1).withSaveInterval(java.time.Duration.ofMillis(20)), probe);
            Path state = dir.resolve("scan.state");
            AtomicInteger exposures = new AtomicInteger();
            AtomicLong lastProgress = new AtomicLong();
            ScanListener listener = event -> {
                if (event instanceof dev.ward.core.ScanEvent.ExposureObserved) {
                    exposures.incrementAndGet();
                } else if (event instanceof dev.ward.core.ScanEvent.Progress p) {
                    lastProgress.accumulateAndGet(p.done(), Math::max);
                }
            };

            AtomicReference<ScanSummary> first = new AtomicReference<>();
            Thread run = Thread.ofPlatform().start(() -> first.set(scanner.scan(order, ResumeFile.forOrder(state, order), listener)));
            while (probed.size() < 10) {
                Thread.sleep(1);
            }
            run.interrupt();
            run.join();
            assertThat(first.get().interrupted()).isTrue();
            ScanSummary second = scanner.scan(order, ResumeFile.forOrder(state, order), listener);

            assertThat(second.alreadyDone() + second.completed()).isEqualTo(order.size());
            assertThat(lastProgress.get()).isEqualTo(order.size());
            assertThat(probed).hasSize(64);
            assertThat(probed.keySet()).allSatisfy(k -> assertThat(k).doesNotEndWith(":" + closed));
            assertThat(probed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(exposures.get()).isEqualTo(64);
            assertThat(peakPerHost.get()).isEqualTo(1);
        }
    }

    private static ServerSocket listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 100);
        return socket;
    }
}
