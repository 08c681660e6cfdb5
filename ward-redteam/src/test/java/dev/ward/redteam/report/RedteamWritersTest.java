package dev.ward.redteam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.score.CategoryScore;
import dev.ward.redteam.score.ReportComparison;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedteamWritersTest {

    @TempDir
    Path dir;

    static CategoryScore score(String slug, int k, int n) {
        var ci = dev.ward.redteam.score.WilsonInterval.of(k, n);
        return new CategoryScore(slug, slug, k, n, 100.0 * k / n, 100 * ci.low(), 100 * ci.high(), 1, n * 2, n * 2, (n - k) * 2,
                100.0 * (n - k) / n, 0, 0, Map.of("canary:plain", n));
    }

    static RedteamReport report(int injectionResisted) {
        return new RedteamReport("http://127.0.0.1:1/v1", "openai", "m<script>", 0.7, null, 2, 5, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:01:00Z"), List.of(score("prompt-injection", injectionResisted, 104), score("jailbreak", 40, 48)),
                List.of(new RedteamReport.FailedAttack("pi.direct.plain", "prompt-injection", "direct+plain", "ward", 0, "canary:plain",
                        "canary found", "", "<img src=x onerror=alert(1)>", "Sure & done")), 10, 100, 200, 0);
    }

    @Test
    void htmlIsSelfContainedEscapedAndHasTheTable() {
        String html = RedteamHtmlWriter.render(report(5));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<table id=\"categories\">").contains("5/104").contains("[2.1%, 10.8%]");
        assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;").contains("m&lt;script&gt;");
        assertThat(html).doesNotContain("http://cdn").doesNotContain("<script");
    }

    @Test
    void terminalTableShowsPercentIntervalAndCounts() {
        String table = RedteamTerminalTable.render(report(5));
        assertThat(table).contains("Prompt injection".toLowerCase().replace(' ', '-')).contains("4.8%").contains("[  2.1,  10.8]").contains("5/104");
    }

    @Test
    void jsonRoundTripsAndComparisonSaysWhatIsSignificant() throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        RedteamJsonWriter.write(report(5), before);
        RedteamJsonWriter.write(report(60), after);
        RedteamReport read = RedteamJsonWriter.read(before);
        assertThat(read.categories()).isEqualTo(report(5).categories());
        List<ReportComparison.CategoryChange> changes = ReportComparison.compare(read.categories(), RedteamJsonWriter.read(after).categories());
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).verdict()).isEqualTo("significantly better");
        assertThat(changes.get(0).intervalsOverlap()).isFalse();
        assertThat(changes.get(1).verdict()).isEqualTo("no significant change");
        assertThat(RedteamTerminalTable.renderComparison(changes)).contains("significantly better").contains("no significant change");
    }
}
