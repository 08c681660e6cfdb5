package dev.ward.report;

import dev.ward.core.Control;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The default, human report: header, severity counts, exposures, one entry per finding and a closing tally.
 * ANSI colour only when {@link ReportOptions#colour()} is set; every text from a scanned system is made printable.
 */
final class TerminalWriter implements ReportWriter {

    /** Where wrapped message and remediation text stops. */
    static final int TEXT_WIDTH = 100;
    private static final int SEVERITY_WIDTH = Severity.CRITICAL.name().length();
    private static final String FINDING_INDENT = " ".repeat(SEVERITY_WIDTH + 2);
    private static final String TABLE_INDENT = "  ";

    private static final Map<Severity, Ansi> SEVERITY_STYLE = Map.of(
            Severity.CRITICAL, Ansi.CRITICAL, Severity.HIGH, Ansi.BOLD_RED, Severity.MEDIUM, Ansi.YELLOW,
            Severity.LOW, Ansi.CYAN, Severity.INFO, Ansi.BLUE);

    private final boolean colour;

    TerminalWriter(ReportOptions options) {
        this.colour = options.colour();
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        header(result, text);
        severityCounts(result, text);
        exposures(result.exposures(), text);
        findings(result.findings(), text);
        text.append(Ansi.BOLD.apply(FindingCount.summary(result), colour)).append('\n');
        out.write(text.toString());
        out.flush();
    }

    private void header(ScanResult result, StringBuilder out) {
        out.append(Ansi.BOLD.apply(TerminalText.printable(result.tool() + " " + result.command()), colour)).append('\n');
        String targets = result.targets().isEmpty() ? "(none)" : String.join(", ", result.targets());
        field(out, "targets", targets);
        field(out, "started", DateTimeFormatter.ISO_INSTANT.format(result.startedAt()));
        field(out, "duration", ScanDuration.format(ScanDuration.between(result.startedAt(), result.finishedAt())));
        out.append('\n');
    }

    private void field(StringBuilder out, String name, String value) {
        out.append(TABLE_INDENT).append(Ansi.DIM.apply(String.format(Locale.ROOT, "%-9s", name), colour))
                .append(' ').append(TerminalText.printable(value)).append('\n');
    }

    private void severityCounts(ScanResult result, StringBuilder out) {
        TextTable table = new TextTable(List.of(
                new TextTable.Column("SEVERITY", SEVERITY_WIDTH, false),
                new TextTable.Column("FINDINGS", 8, true)));
        Map<Severity, Integer> counts = result.countBySeverity();
        for (Severity severity : FindingCount.mostSevereFirst()) {
            int count = counts.get(severity);
            Ansi style = count > 0 ? SEVERITY_STYLE.get(severity) : Ansi.DIM;
            table.add(List.of(new TextTable.Cell(severity.label(), style), new TextTable.Cell(String.valueOf(count), Ansi.NONE)));
        }
        table.render(out, TABLE_INDENT, colour);
        out.append('\n');
    }

    private void exposures(List<Exposure> exposures, StringBuilder out) {
        if (exposures.isEmpty()) {
            return;
        }
        out.append(Ansi.BOLD.apply("Exposures (" + exposures.size() + ")", colour)).append('\n');
        TextTable table = new TextTable(List.of(
                new TextTable.Column("ENDPOINT", 48, false),
                new TextTable.Column("SERVICE", 16, false),
                new TextTable.Column("PROTOCOL", 10, false),
                new TextTable.Column("OUTCOME", 20, false),
                new TextTable.Column("DETAIL", 70, false)));
        for (Exposure exposure : exposures) {
            table.add(List.of(
                    new TextTable.Cell(exposure.asset().address(), Ansi.NONE),
                    new TextTable.Cell(exposure.service(), Ansi.NONE),
                    new TextTable.Cell(exposure.protocol().isEmpty() ? "-" : exposure.protocol(), Ansi.NONE),
                    new TextTable.Cell(exposure.label(), outcomeStyle(exposure)),
                    new TextTable.Cell(exposure.detail(), Ansi.NONE)));
        }
        table.render(out, TABLE_INDENT, colour);
        out.append('\n');
    }

    private static Ansi outcomeStyle(Exposure exposure) {
        return switch (exposure.access()) {
            case OPEN -> Ansi.BOLD_RED;
            case AUTH_REQUIRED -> Ansi.GREEN;
            case NOT_IDENTIFIED, UNREACHABLE -> Ansi.DIM;
        };
    }

    private void findings(List<Finding> findings, StringBuilder out) {
        if (findings.isEmpty()) {
            return;
        }
        out.append(Ansi.BOLD.apply("Findings (" + findings.size() + ")", colour)).append('\n');
        int ruleWidth = Math.min(36, findings.stream().mapToInt(f -> TerminalText.width(f.ruleId())).max().orElse(0));
        int assetWidth = Math.min(40, findings.stream().mapToInt(f -> TerminalText.width(f.asset().address())).max().orElse(0));
        Set<String> explained = new HashSet<>();
        for (Finding finding : findings) {
            String severity = padRight(finding.severity().name(), SEVERITY_WIDTH);
            out.append(SEVERITY_STYLE.get(finding.severity()).apply(severity, colour)).append("  ")
                    .append(Ansi.BOLD.apply(padRight(TerminalText.printable(finding.ruleId()), ruleWidth), colour)).append("  ")
                    .append(padRight(TerminalText.printable(finding.asset().address()), assetWidth)).append("  ")
                    .append(TerminalText.printable(finding.title())).append('\n');
            indented(out, "", finding.message());
            if (finding.location().hasPosition()) {
                indented(out, "at: ", position(finding));
            }
            // Many findings of one rule would repeat the same long fix; it is shown in full once, where the rule first appears.
            if (explained.add(finding.ruleId())) {
                indented(out, "fix: ", finding.remediation());
                indented(out, "controls: ", finding.controls().stream().map(Control::reference).collect(Collectors.joining(", ")));
            } else if (!finding.remediation().isEmpty()) {
                indented(out, "fix: ", "as for " + finding.ruleId() + " above");
            }
            out.append('\n');
        }
    }

    private static String position(Finding finding) {
        var location = finding.location();
        return location.uri() + ":" + location.line() + (location.column() > 0 ? ":" + location.column() : "");
    }

    private void indented(StringBuilder out, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String continuation = " ".repeat(label.length());
        List<String> lines = TerminalText.wrap(text, TEXT_WIDTH - FINDING_INDENT.length() - label.length());
        for (int i = 0; i < lines.size(); i++) {
            String prefix = i == 0 ? Ansi.DIM.apply(label, colour) : continuation;
            out.append((FINDING_INDENT + prefix + lines.get(i)).stripTrailing()).append('\n');
        }
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - TerminalText.width(text)));
    }
}
