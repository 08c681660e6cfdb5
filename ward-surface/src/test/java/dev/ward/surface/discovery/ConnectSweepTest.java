package dev.ward.surface.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ConnectionRate;
import dev.ward.surface.scale.ResumeFile;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.Shard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-blocking connect engine against real loopback sockets: listeners that accept, ports just released (refused),
 * and a listener whose accept queue is full, so the kernel drops further SYNs and a connect hangs until its timeout.
 */
class ConnectSweepTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable r : resources.reversed()) {
            r.close();
        }
    }

    private int listen(String address, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0), backlog);
        resources.add(socket);
        return socket.getLocalPort();
    }

    private static int releasedPort() throws IOException {
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return gone.getLocalPort();
        }
    }

    /** A port on every loopback address where a connect never completes: its accept queue is full and nobody accepts. */
    private int tarpitPort() throws IOException {
        int port = listen("0.0.0.0", 1);
        for (int i = 0; i < 2; i++) {
            Socket filler = new Socket();
            filler.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            resources.add(filler);
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 300);
            throw new IllegalStateException("the accept queue of port " + port + " is not full; cannot make a connect hang");
        } catch (java.net.SocketTimeoutException expected) {
            return port;
        }
    }

    private static ScanOrder order(String targets, String ports) {
        return ScanOrder.shuffled(TargetParser.space(List.of(targets), PortList.parse(ports)), 3, Shard.WHOLE);
    }

    private static Map<String, PortState> sweepStates(ConnectSweep sweep, ScanOrder order) {
        Map<String, PortState> states = new ConcurrentHashMap<>();
        ScanSummary summary = sweep.run(order, Checkpoint.NONE, (e, s, h) -> {
            assertThat(states.put(e.authority(), s)).isNull();
            return true;
        }, (e, d, t) -> { });
        assertThat(summary.completed()).isEqualTo(order.size());
        return states;
    }

    @Test
    void tellsOpenClosedAndFilteredAndRetriesOnlyTimeouts() throws Exception {
        int open = listen("127.0.0.1", 50);
        int closed = releasedPort();
        int tarpit = tarpitPort();
        ScanOrder order = order("127.0.0.1", open + "," + closed + "," + tarpit);

        long begin = System.nanoTime();
        Map<String, PortState> twoRetries = sweepStates(new ConnectSweep(Duration.ofMillis(300), 2, ConnectionRate.unlimited(), 16, 0,
                Duration.ofSeconds(1)), order);
        double withRetries = (System.nanoTime() - begin) / 1e9;
        assertThat(twoRetries).containsEntry("127.0.0.1:" + open, PortState.OPEN)
                .containsEntry("127.0.0.1:" + closed, PortState.CLOSED)
                .containsEntry("127.0.0.1:" + tarpit, PortState.FILTERED);
        // Three tries of 300 ms for the tarpit; the refusal and the open port answer at once.
        assertThat(withRetries).isBetween(0.89, 3.0);

        begin = System.nanoTime();
        Map<String, PortState> noRetry = sweepStates(new ConnectSweep(Duration.ofMillis(300), 0, ConnectionRate.unlimited(), 16, 0,
                Duration.ofSeconds(1)), order);
        assertThat((System.nanoTime() - begin) / 1e9).isLessThan(0.85);
        assertThat(noRetry).isEqualTo(twoRetries);
    }

    @Test
    void thousandsOfHangingConnectsWaitTogether() throws Exception {
        int tarpit = tarpitPort();
        ScanOrder order = order("127.0.0.0/21", String.valueOf(tarpit)); // 2,048 endpoints, every one hangs
        AtomicInteger filtered = new AtomicInteger();
        long begin = System.nanoTime();
        ScanSummary summary = new ConnectSweep(Duration.ofMillis(700), 0, ConnectionRate.unlimited(), 4096, 0, Duration.ofSeconds(1))
                .run(order, Checkpoint.NONE, (e, s, h) -> {
                    if (s == PortState.FILTERED) {
                        filtered.incrementAndGet();
                    }
                    return true;
                }, (e, d, t) -> { });
        double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(summary.completed()).isEqualTo(2048);
        assertThat(filtered.get()).isEqualTo(2048);
        // All of them waited at once: about one timeout, not many in turn.
        assertThat(seconds).isBetween(0.69, 3.0);
    }

    @Test
    void perHostLimitHoldsUntilHandedOffWorkEnds() throws Exception {
        StringBuilder ports = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            int port = listen("0.0.0.0", 200);
            ports.append(i == 0 ? "" : ",").append(port);
        }
        ScanOrder order = order("127.0.0.0/30", ports.toString());
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> peak = new ConcurrentHashMap<>();
        AtomicInteger overall = new AtomicInteger();
        AtomicInteger overallPeak = new AtomicInteger();
        ScanSummary summary = new ConnectSweep(Duration.ofSeconds(1), 0, ConnectionRate.unlimited(), 64, 2, Duration.ofSeconds(1))
                .run(order, Checkpoint.NONE, (e, s, handoff) -> {
                    String host = e.address().getHostAddress();
                    peak.merge(host, inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet(), Math::max);
                    overallPeak.accumulateAndGet(overall.incrementAndGet(), Math::max);
                    Thread.ofVirtual().start(() -> {
                        sleep(20);
                        overall.decrementAndGet();
                        inFlight.get(host).decrementAndGet();
                        handoff.finished();
                    });
                    return false;
                }, (e, d, t) -> { });
        assertThat(summary.completed()).isEqualTo(24);
        assertThat(peak).hasSize(4);
        assertThat(peak.values()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(2));
        assertThat(overallPeak.get()).isGreaterThan(2);
    }

    @Test
    void rateLimitSpacesConnectStarts() throws Exception {
        int closed = releasedPort();
        ScanOrder order = order("127.0.0.0/27", String.valueOf(closed)); // 32 endpoints, all refused
        ConnectionRate rate = ConnectionRate.perSecond(50);
        long begin = System.nanoTime();
        AtomicInteger settled = new AtomicInteger();
        new ConnectSweep(Duration.ofSeconds(1), 0, rate, 64, 0, Duration.ofSeconds(1))
                .run(order, Checkpoint.NONE, (e, s, h) -> settled.incrementAndGet() > 0, (e, d, t) -> { });
        double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(settled.get()).isEqualTo(32);
        // 32 starts at 50/s: the last no sooner than 31/50 s.
        assertThat(seconds).isBetween(0.61, 2.0);
    }

    @Test
    void progressIsToldInOrderAndReachesTheTotalWithSeveralLoops() throws Exception {
        int closed = releasedPort();
        ScanOrder order = order("127.0.0.0/24", closed + "," + releasedPort()); // 512 endpoints
        AtomicLong last = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        new ConnectSweep(Duration.ofSeconds(1), 0, ConnectionRate.unlimited(), 1024, 0, Duration.ofSeconds(1))
                .run(order, Checkpoint.NONE, (e, s, h) -> true, (e, done, total) -> {
                    assertThat(total).isEqualTo(512);
                    assertThat(done).isGreaterThan(last.get());
                    last.set(done);
                    calls.incrementAndGet();
                });
        assertThat(last.get()).isEqualTo(512);
        assertThat(calls.get()).isBetween(2, 1001);
    }

    @Test
    void anInterruptedSweepResumesAndEveryEndpointIsFinishedExactlyOnce() throws Exception {
        interruptAndResume(8);
    }

    @Test
    void anInterruptedSweepOfSeveralLoopsResumesAndEveryEndpointIsFinishedExactlyOnce() throws Exception {
        interruptAndResume(1024);
    }

    private void interruptAndResume(int concurrency) throws Exception {
        int open = listen("0.0.0.0", 500);
        int closed = releasedPort();
        ScanOrder order = order("127.0.0.0/26", open + "," + closed); // 128 endpoints
        Path state = dir.resolve("sweep.state");
        Map<String, AtomicInteger> finished = new ConcurrentHashMap<>();
        AtomicInteger abandoned = new AtomicInteger();
        AtomicInteger settledCount = new AtomicInteger();
        ConnectSweep sweep = new ConnectSweep(Duration.ofSeconds(1), 0, ConnectionRate.perSecond(400), concurrency, 0, Duration.ofMillis(50));
        // Open ports are handed off for a while; those in hand when the run is stopped are abandoned, so not recorded.
        ConnectSweep.Verdicts verdicts = (e, s, handoff) -> {
            settledCount.incrementAndGet();
            if (s != PortState.OPEN) {
                finished.computeIfAbsent(e.authority(), k -> new AtomicInteger()).incrementAndGet();
                return true;
            }
            Thread.ofVirtual().start(() -> {
                sleep(30);
                if (stopAbandons.get()) {
                    abandoned.incrementAndGet();
                    handoff.abandoned();
                } else {
                    finished.computeIfAbsent(e.authority(), k -> new AtomicInteger()).incrementAndGet();
                    handoff.finished();
                }
            });
            return false;
        };
        AtomicReference<ScanSummary> first = new AtomicReference<>();
        Thread run = Thread.ofPlatform().start(() -> first.set(sweep.run(order, ResumeFile.forOrder(state, order), verdicts, (e, d, t) -> { })));
        while (settledCount.get() < 40) {
            Thread.sleep(2);
        }
        stopAbandons.set(true);
        run.interrupt();
        run.join();
        stopAbandons.set(false);
        assertThat(first.get().interrupted()).isTrue();
        assertThat(abandoned.get()).as("open endpoints handed off when the stop came").isPositive();
        long afterFirst = first.get().completed();
        assertThat(afterFirst).isLessThan(order.size()).isEqualTo(finished.values().stream().mapToInt(AtomicInteger::get).sum());

        ScanSummary second = sweep.run(order, ResumeFile.forOrder(state, order), verdicts, (e, d, t) -> { });

        assertThat(second.interrupted()).isFalse();
        assertThat(second.alreadyDone()).isEqualTo(afterFirst);
        assertThat(second.alreadyDone() + second.completed()).isEqualTo(order.size());
        assertThat(finished).hasSize((int) order.size());
        assertThat(finished.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    private final AtomicBoolean stopAbandons = new AtomicBoolean();

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
