package dev.ward.report;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalWriterTest {

    private static final String ESC = "\u001b";

    @Test
    void noColourMeansNoEscapeCodes() {
        String text = Render.as(ReportFormat.TERMINAL, new ReportOptions(false), SampleScans.representative());
        assertThat(text).doesNotContain(ESC).contains("CRITICAL  clickhouse.unauthenticated");
    }

    @Test
    void colourAddsOnlyStylesToTheSameText() {
        String plain = Render.as(ReportFormat.TERMINAL, new ReportOptions(false), SampleScans.representative());
        String coloured = Render.as(ReportFormat.TERMINAL, new ReportOptions(true), SampleScans.representative());
        assertThat(coloured).contains(ESC + "[1;97;41mCRITICAL" + ESC + "[0m");
        assertThat(coloured.replaceAll(ESC + "\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void aRulesFixIsShownInFullOnlyWhereTheRuleFirstAppears() {
        List<Finding> findings = List.of(
                Finding.of(SampleScans.CLICKHOUSE_OPEN, Asset.of(AssetKind.SERVICE, "clickhouse://10.0.0.1:8123")).build(),
                Finding.of(SampleScans.CLICKHOUSE_OPEN, Asset.of(AssetKind.SERVICE, "clickhouse://10.0.0.2:8123")).build());
        String text = Render.as(ReportFormat.TERMINAL, new ReportOptions(false), SampleScans.withFindings(findings));
        String fix = SampleScans.CLICKHOUSE_OPEN.remediation().lines().findFirst().orElseThrow();
        assertThat(text.split(java.util.regex.Pattern.quote(fix.substring(0, Math.min(30, fix.length()))), -1)).hasSize(2);
        assertThat(text).contains("fix: as for clickhouse.unauthenticated above");
    }

    @Test
    void escapeSequencesFromScannedSystemsAreShownNotSent() {
        String hostile = "banner \u001b]0;pwned\u0007\u001b[2J\u202e reversed\r\nnext";
        String text = Render.as(ReportFormat.TERMINAL, new ReportOptions(true), SampleScans.withMessage(hostile));
        assertThat(text.replaceAll(ESC + "\\[[0-9;]*m", "")).doesNotContain(ESC).doesNotContain("\u0007")
                .doesNotContain("\u202e").doesNotContain("\r").contains("banner \\x1b]0;pwned\\x07\\x1b[2J\\u202e reversed");
    }

    @Test
    void longMessagesWrapUnderTheLineWidthWithAHangingIndent() {
        String message = "word ".repeat(200).trim();
        String text = Render.as(ReportFormat.TERMINAL, SampleScans.withMessage(message));
        List<String> messageLines = text.lines().filter(l -> l.trim().startsWith("word")).toList();
        assertThat(messageLines).hasSizeGreaterThan(5)
                .allSatisfy(l -> assertThat(l).startsWith("          word").hasSizeLessThanOrEqualTo(TerminalWriter.TEXT_WIDTH));
        assertThat(String.join(" ", messageLines.stream().map(String::trim).toList())).isEqualTo(message);
    }

    @Test
    void columnsAlignAcrossRows() {
        String text = Render.as(ReportFormat.TERMINAL, SampleScans.representative());
        List<String> exposureRows = text.lines().filter(l -> l.startsWith("  clickhouse://")).toList();
        assertThat(exposureRows).hasSize(4).extracting(l -> l.indexOf("clickhouse  ") + 0).containsOnly(31);
        List<String> findingRows = text.lines().filter(l -> l.matches("^(CRITICAL|HIGH|INFO) .*")).toList();
        assertThat(findingRows).hasSize(3).extracting(l -> l.indexOf("  ", 10 + 26) + 2).containsOnly(38);
    }

    @Test
    void closingLineCountsBySeverityMostSevereFirst() {
        assertThat(lastLine(SampleScans.representative())).isEqualTo("3 findings: 1 critical, 1 high, 1 info");
        assertThat(lastLine(SampleScans.empty())).isEqualTo("No findings");
        Asset asset = Asset.of(AssetKind.SERVICE, "clickhouse://10.0.0.9:8123");
        Finding medium = Finding.of(SampleScans.CLICKHOUSE_OPEN, asset).severity(Severity.MEDIUM).build();
        assertThat(lastLine(SampleScans.withFindings(List.of(medium)))).isEqualTo("1 finding: 1 medium");
    }

    private static String lastLine(dev.ward.core.ScanResult result) {
        return Render.as(ReportFormat.TERMINAL, result).lines().reduce((a, b) -> b).orElseThrow();
    }
}
