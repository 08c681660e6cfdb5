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
import java.util.List;
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
