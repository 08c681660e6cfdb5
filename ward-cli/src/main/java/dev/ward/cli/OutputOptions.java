package dev.ward.cli;

import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import dev.ward.report.ReportFormat;
import dev.ward.report.ReportOptions;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the report goes, in which format, and which severity fails the run. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "terminal",
            description = "terminal, json, sarif or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when any finding is at least this severe: info, low, medium, high, critical.")
    String failOn;

    @Option(names = "--no-color", description = "No colour in terminal output (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    /** Checks the options before any traffic is sent, so a typo costs nothing. */
    void validate() {
        ReportFormat.parse(format);
        if (failOn != null) {
            Severity.parse(failOn);
        }
        if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
            throw new IllegalArgumentException("cannot write --output " + output + ": folder " + output.getParent() + " does not exist");
        }
    }

    /** Writes the report and returns the exit code the {@code --fail-on} gate gives. */
    int emit(ScanResult result, PrintWriter stdout) {
        ReportFormat reportFormat = ReportFormat.parse(format);
        boolean terminal = output == null && !noColor && System.console() != null && System.console().isTerminal();
        ReportOptions options = ReportOptions.forConsole(terminal, System.getenv("NO_COLOR"));
        try {
            if (output == null) {
                reportFormat.writer(options).write(result, stdout);
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                    reportFormat.writer(ReportOptions.PLAIN).write(result, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
        return gate(result);
    }

    /** The exit code {@code --fail-on} gives for this result. */
    int gate(ScanResult result) {
        return failOn != null && result.failsAt(Severity.parse(failOn)) ? ExitCode.FAILED_GATE : ExitCode.CLEAN;
    }
}
