package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import picocli.CommandLine;

/** Runs a scanner over files and folders and writes the report: shared by the commands that read paths. */
final class PathScan {

    private PathScan() {
    }

    static int run(CommandLine.Model.CommandSpec spec, String command, List<Path> paths, OutputOptions output,
                   BiConsumer<List<Path>, ScanListener> scanner) {
        output.validate();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        Instant started = Instant.now();
        ScanCollector collector = new ScanCollector();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        scanner.accept(paths, event -> {
            collector.on(event);
            progress.on(event);
        });
        progress.done();
        return output.emit(collector.result(WardVersion.tool(), command, paths.stream().map(Path::toString).toList(), started),
                spec.commandLine().getOut());
    }
}
