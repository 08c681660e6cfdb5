package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.service.ServiceIdentifier;
import dev.ward.surface.discovery.PortDiscovery;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ResumeFile;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.TargetSpace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Probes endpoints, shows progress on a terminal, and writes the report: shared by {@code surface} and {@code scan}. */
final class SurfaceRun {

    private SurfaceRun() {
    }

    static int run(CommandLine.Model.CommandSpec spec, String command, List<String> targets, TargetSpace space,
                   ProbeOptions probe, PacingOptions pacing, OutputOptions output) {
        Instant started = Instant.now();
        SurfaceOptions options = probe.toSurfaceOptions();
        ScaleOptions scale = pacing.toScaleOptions(space.size());
        ScanOrder order = ScanOrder.shuffled(space, seed(pacing), pacing.shard());
        Checkpoint checkpoint = pacing.resume == null ? Checkpoint.NONE : ResumeFile.forOrder(pacing.resume, order);
        PrintWriter err = spec.commandLine().getErr();
        if (pacing.discoverOnly) {
            return discoverOnly(spec, order, checkpoint, options, scale, output);
        }
        ScanCollector collector = new ScanCollector();
        ProgressLine progress = new ProgressLine(err);
        SurfaceScanner scanner = new SurfaceScanner(options, scale, ServiceIdentifier.standard(options));
        ScanSummary summary = interruptibly(() -> scanner.scan(order, checkpoint, event -> {
            collector.on(event);
            progress.on(event);
        }));
        progress.done();
        report(err, summary, pacing);
        ScanResult result = collector.result(WardVersion.tool(), command, targets, started);
        return output.emit(result, spec.commandLine().getOut());
    }

    private static int discoverOnly(CommandLine.Model.CommandSpec spec, ScanOrder order, Checkpoint checkpoint,
                                    SurfaceOptions options, ScaleOptions scale, OutputOptions output) {
        Set<String> open = new ConcurrentSkipListSet<>();
        PortDiscovery discovery = new PortDiscovery(options.connectTimeout(), options.concurrency(), scale);
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        ScanSummary summary = interruptibly(() -> discovery.discover(order, checkpoint, e -> open.add(e.authority()),
                (last, done, total) -> progress.on(new dev.ward.core.ScanEvent.Progress(last.authority(), done, total))));
        progress.done();
        report(spec.commandLine().getErr(), summary, null);
        StringBuilder lines = new StringBuilder();
        open.forEach(a -> lines.append(a).append('\n'));
        if (output.output == null) {
            spec.commandLine().getOut().print(lines);
            spec.commandLine().getOut().flush();
        } else {
            try (Writer w = Files.newBufferedWriter(output.output, StandardCharsets.UTF_8)) {
                w.write(lines.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output.output + ": " + e.getMessage(), e);
            }
        }
        return ExitCode.CLEAN;
    }

    private static long seed(PacingOptions pacing) {
        if (pacing.seed != null) {
            return pacing.seed;
        }
        if (pacing.resume != null) {
            var saved = ResumeFile.savedSeed(pacing.resume);
            if (saved.isPresent()) {
                return saved.getAsLong();
            }
        }
        return new SecureRandom().nextLong();
    }

    /** Runs the scan so that Ctrl-C stops it cleanly: work in flight ends and progress is saved for --resume. */
    private static ScanSummary interruptibly(Supplier<ScanSummary> scan) {
        Thread scanning = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            scanning.interrupt();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "ward-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return scan.get();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running; it only waits for the latch counted down above.
            }
        }
    }

    private static void report(PrintWriter err, ScanSummary summary, PacingOptions pacing) {
        if (summary.alreadyDone() > 0) {
            err.println("ward: resumed: " + summary.alreadyDone() + " of " + summary.positions()
                    + " endpoints were finished by an earlier run and are not in this report");
        }
        if (summary.interrupted()) {
            err.println("ward: interrupted after " + (summary.alreadyDone() + summary.completed()) + " of " + summary.positions()
                    + " endpoints" + (pacing != null && pacing.resume != null ? "; run the same command to resume from " + pacing.resume : ""));
        }
        err.flush();
    }
}
