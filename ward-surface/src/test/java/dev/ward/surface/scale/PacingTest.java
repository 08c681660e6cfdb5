package dev.ward.surface.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanListener;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.Shard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rate limit, per-host limit and retries, measured at a probe that sends no traffic. */
class PacingTest {

    @Test
    void rateLimitSpacesConnectionStarts() throws Exception {
        ConnectionRate rate = ConnectionRate.perSecond(200);
        List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                pool.submit(() -> {
                    rate.acquire();
                    starts.add(System.nanoTime() - begin);
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        // 100 starts at 200/s: the last may begin no sooner than 99/200 s; generous upper bound for slow machines.
        assertThat(seconds).isBetween(0.49, 1.5);
        long inFirstQuarter = starts.stream().filter(t -> t < 250_000_000L).count();
        assertThat(inFirstQuarter).isLessThanOrEqualTo(51);
    }

    @Test
    void scannerHonoursTheRate() {
        CountingProbe probe = new CountingProbe(0);
        var scanner = new SurfaceScanner(SurfaceOptions.defaults().withConcurrency(64), ScaleOptions.defaults().withRate(100), probe);
        long begin = System.nanoTime();
        scanner.scan(TargetParser.parse(List.of("10.0.0.0/28"), PortList.parse("1-3")), e -> { });
        double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(probe.total.get()).isEqualTo(48);
        assertThat(seconds).isBetween(0.46, 1.6);
    }

    @Test
    void perHostLimitHoldsWhileOtherHostsProceed() {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> peak = new ConcurrentHashMap<>();
        AtomicInteger overall = new AtomicInteger();
        AtomicInteger overallPeak = new AtomicInteger();
        EndpointProbe probe = new EndpointProbe() {
            @Override
            public String service() {
                return "slow";
            }

            @Override
            public void probe(Endpoint endpoint, ScanListener listener) {
                String host = endpoint.address().getHostAddress();
                int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                peak.merge(host, now, Math::max);
                overallPeak.accumulateAndGet(overall.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                overall.decrementAndGet();
                inFlight.get(host).decrementAndGet();
                listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("tcp")), "slow", "", Access.UNREACHABLE, "x", List.of()));
            }
        };
        var scanner = new SurfaceScanner(SurfaceOptions.defaults().withConcurrency(64), ScaleOptions.defaults().withPerHost(2), probe);
        scanner.scan(ScanOrder.shuffled(TargetParser.space(List.of("10.1.0.0/30"), PortList.parse("1-12")), 5, Shard.WHOLE),
                Checkpoint.NONE, e -> { });
        assertThat(peak).hasSize(4);
        assertThat(peak.values()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(2));
        assertThat(overallPeak.get()).isGreaterThan(2);
    }

    @Test
    void connectTimeoutsAreRetriedUpToTheLimitAndRefusalsNever() {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        EndpointProbe flaky = new EndpointProbe() {
            @Override
            public String service() {
                return "flaky";
            }

            @Override
            public void probe(Endpoint endpoint, ScanListener listener) {
                int call = calls.computeIfAbsent(endpoint.authority(), k -> new AtomicInteger()).incrementAndGet();
                boolean timesOut = endpoint.port() == 1;
                String detail = timesOut ? "connect timed out after 2 s" : "connection refused";
                Access access = timesOut && call >= 3 ? Access.OPEN : Access.UNREACHABLE;
                listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("tcp")), "flaky", "", access,
                        access == Access.OPEN ? "answered on try " + call : detail, List.of()));
            }
        };
        List<Endpoint> endpoints = TargetParser.parse(List.of("10.2.0.1"), PortList.parse("1,2"));

        ScanResult twoRetries = run(new SurfaceScanner(SurfaceOptions.defaults(), ScaleOptions.defaults().withRetries(2), flaky), endpoints);
        assertThat(calls.get("10.2.0.1:1").get()).isEqualTo(3);
        assertThat(calls.get("10.2.0.1:2").get()).isEqualTo(1);
        assertThat(twoRetries.exposures()).hasSize(2).anySatisfy(x -> assertThat(x.detail()).isEqualTo("answered on try 3"));

        calls.clear();
        ScanResult noRetry = run(new SurfaceScanner(SurfaceOptions.defaults(), ScaleOptions.defaults().withRetries(0), flaky), endpoints);
        assertThat(calls.get("10.2.0.1:1").get()).isEqualTo(1);
        assertThat(noRetry.exposures()).extracting(Exposure::access).containsOnly(Access.UNREACHABLE);
    }

    private static ScanResult run(SurfaceScanner scanner, List<Endpoint> endpoints) {
        ScanCollector collector = new ScanCollector();
        scanner.scan(endpoints, collector);
        return collector.result("test", "surface", List.of(), Instant.now());
    }
}
