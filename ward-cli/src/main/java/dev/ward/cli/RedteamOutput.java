package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.redteam.RedteamFindings;
import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.report.RedteamHtmlWriter;
import dev.ward.redteam.report.RedteamJsonWriter;
import dev.ward.redteam.report.RedteamTerminalTable;
import dev.ward.redteam.score.ReportComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Writes a red-team report: its own table, JSON and HTML carry the per-category scores; SARIF carries the same
 * findings every other Ward command produces. {@code --fail-on} gates on those findings.
 */
final class RedteamOutput {

    private final OutputOptions output;
    private final CommandLine commandLine;

    RedteamOutput(OutputOptions output, CommandLine commandLine) {
        this.output = output;
        this.commandLine = commandLine;
    }

    static RedteamReport readPrevious(Path file) {
        try {
            return RedteamJsonWriter.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--compare " + file + " is not a Ward red-team JSON report: " + e.getMessage());
        }
    }

    int emit(RedteamReport report, RedteamReport previous) throws IOException {
        ScanCollector collector = new ScanCollector();
        collector.asset(RedteamFindings.asset(report));
        RedteamFindings.of(report).forEach(collector::finding);
        ScanResult result = collector.result(WardVersion.tool(), "redteam", List.of(report.target()), report.started());
        PrintWriter out = commandLine.getOut();
        String format = output.format.trim().toLowerCase(java.util.Locale.ROOT);
        String text = switch (format) {
            case "terminal" -> RedteamTerminalTable.render(report);
            case "json" -> RedteamJsonWriter.toJson(report);
            case "html" -> RedteamHtmlWriter.render(report);
            default -> null;
        };
        if (text == null) {
            return output.emit(result, out);
        }
        if (output.output == null) {
            out.print(text);
        } else {
            Files.writeString(output.output, text, StandardCharsets.UTF_8);
        }
        if (previous != null) {
            out.print(RedteamTerminalTable.renderComparison(ReportComparison.compare(previous.categories(), report.categories())));
        }
        out.flush();
        return output.gate(result);
    }
}
