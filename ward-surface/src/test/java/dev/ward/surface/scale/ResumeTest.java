package dev.ward.surface.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.Shard;
import dev.ward.surface.targets.TargetSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    @TempDir
    Path dir;

    private final TargetSpace space = TargetParser.space(List.of("10.0.0.0/26"), PortList.parse("1-20"));
    private final SurfaceOptions options = SurfaceOptions.defaults().withConcurrency(16);
    private final ScaleOptions scale = ScaleOptions.defaults().withSaveInterval(Duration.ofMillis(50));

    @Test
    void aRunStoppedMidwayResumesWithoutProbingAnyEndpointTwice() throws Exception {
        Path state = dir.resolve("scan.state");
        ScanOrder order = ScanOrder.shuffled(space, 1234, Shard.WHOLE);
        CountingProbe probe = new CountingProbe(2);
        SurfaceScanner scanner = new SurfaceScanner(options, scale, probe);
        AtomicInteger events = new AtomicInteger();

        AtomicReference<ScanSummary> first = new AtomicReference<>();
        Thread run = Thread.ofPlatform().start(() -> first.set(scanner.scan(order, ResumeFile.forOrder(state, order), e -> events.incrementAndGet())));
        while (probe.total.get() < 300) {
            Thread.sleep(5);
        }
        run.interrupt();
        run.join();
        assertThat(first.get().interrupted()).isTrue();
        long afterFirst = probe.total.get();
        assertThat(afterFirst).isLessThan(space.size());
        assertThat(Files.exists(state)).isTrue();

        ScanSummary second = scanner.scan(order, ResumeFile.forOrder(state, order), e -> events.incrementAndGet());

        assertThat(second.interrupted()).isFalse();
        assertThat(second.alreadyDone()).isEqualTo(afterFirst);
        assertThat(second.alreadyDone() + second.completed()).isEqualTo(space.size());
        assertThat(probe.calls).hasSize((int) space.size());
        assertThat(probe.calls.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void aResumeFileFromAnotherScanIsRefused() {
        Path state = dir.resolve("other.state");
        ScanOrder order = ScanOrder.shuffled(space, 1, Shard.WHOLE);
        new SurfaceScanner(options, scale, new CountingProbe(0)).scan(order, ResumeFile.forOrder(state, order), e -> { });
        assertThatThrownBy(() -> ResumeFile.forOrder(state, ScanOrder.shuffled(space, 2, Shard.WHOLE)))
                .hasMessageContaining("belongs to a different scan");
        assertThat(ResumeFile.savedSeed(state)).hasValue(1);
    }

    @Test
    void aTornOrForeignFileIsRefused() throws Exception {
        Path state = dir.resolve("torn.state");
        Files.writeString(state, "# ward resume state v1; delete this file to start the scan over\norder x\nwatermark 3\n");
        ScanOrder order = ScanOrder.shuffled(space, 1, Shard.WHOLE);
        assertThatThrownBy(() -> ResumeFile.forOrder(state, order)).hasMessageContaining("is not a complete Ward resume file");
    }

    @Test
    void ledgerAgreesWithASortedSetUnderOutOfOrderCompletion() {
        // 60,000 positions finish in random order from a window of 3,000 in flight; some are reported twice, and a few
        // stragglers hold the watermark back until they finish mid-run, so the bits grow and later move on.
        Random random = new Random(42);
        ProgressLedger ledger = new ProgressLedger(70, List.of(75L, 200L));
        TreeSet<Long> done = new TreeSet<>(List.of(75L, 200L));
        long[] watermark = {70};
        Set<Long> stragglers = new HashSet<>();
        Runnable check = () -> {
            while (done.remove(watermark[0])) {
                watermark[0]++;
            }
            ProgressLedger.Snapshot s = ledger.snapshot();
            assertThat(s.watermark()).isEqualTo(watermark[0]);
            assertThat(s.doneAbove()).containsExactlyElementsOf(done);
            assertThat(s.doneCount()).isEqualTo(watermark[0] + done.size());
            assertThat(ledger.isDone(watermark[0])).isFalse();
            assertThat(ledger.isDone(watermark[0] - 1)).isTrue();
        };
        List<Long> pending = new ArrayList<>();
        long next = 70;
        for (int i = 0; i < 240_000; i++) {
            while (pending.size() < 3_000 && next < 60_070) {
                pending.add(next++);
            }
            if (pending.isEmpty()) {
                break;
            }
            int pick = random.nextInt(pending.size());
            long p = pending.get(pick);
            pending.set(pick, pending.getLast());
            pending.removeLast();
            if (i < 20_000 && random.nextInt(2_000) == 0) {
                stragglers.add(p);
                continue;
            }
            if (i == 30_000) {
                stragglers.forEach(ledger::markDone);
                done.addAll(stragglers);
                stragglers.clear();
            }
            ledger.markDone(p);
            if (random.nextInt(10) == 0) {
                ledger.markDone(p);
            }
            done.add(p);
            while (done.remove(watermark[0])) {
                watermark[0]++;
            }
            if (i % 5_000 == 0) {
                check.run();
            }
        }
        check.run();
        ProgressLedger.Snapshot end = ledger.snapshot();
        assertThat(end.watermark()).isEqualTo(60_070);
        assertThat(end.doneAbove()).isEmpty();
        assertThat(ledger.isDone(60_070)).isFalse();
        assertThat(new ProgressLedger(end.watermark(), end.doneAbove()).snapshot()).isEqualTo(end);
    }

    @Test
    void ledgerKeepsOnlyTheWorkAboveTheWatermark() {
        ProgressLedger ledger = new ProgressLedger();
        for (long p : new long[] {3, 1, 0, 5, 2}) {
            ledger.markDone(p);
        }
        ProgressLedger.Snapshot snapshot = ledger.snapshot();
        assertThat(snapshot.watermark()).isEqualTo(4);
        assertThat(snapshot.doneAbove()).containsExactly(5L);
        assertThat(snapshot.doneCount()).isEqualTo(5);
        assertThat(ledger.isDone(4)).isFalse();
        assertThat(ledger.isDone(5)).isTrue();
    }
}
