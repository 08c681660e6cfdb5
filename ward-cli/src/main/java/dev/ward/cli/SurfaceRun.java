package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceScanner;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;

/** Probes endpoints, shows progress on a terminal, and writes the report: shared by {@code surface} and {@code scan}. */
final class SurfaceRun {

    private SurfaceRun() {
    }

    static int run(CommandLine.Model.CommandSpec spec, String command, List<String> targets, List<Endpoint> endpoints,
                   ProbeOptions probe, OutputOptions output) {
        Instant started = Instant.now();
        ScanCollector collector = new ScanCollector();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        new SurfaceScanner(probe.toSurfaceOptions()).scan(endpoints, event -> {
            collector.on(event);
            progress.on(event);
        });
        progress.done();
        ScanResult result = collector.result(WardVersion.tool(), command, targets, started);
        return output.emit(result, spec.commandLine().getOut());
    }
}
