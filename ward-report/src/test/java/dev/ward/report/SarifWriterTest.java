package dev.ward.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifWriterTest {

    private final JsonNode log = read(Render.as(ReportFormat.SARIF, SampleScans.representative()));
    private final JsonNode run = log.at("/runs/0");

    @Test
    void everyResultPointsAtTheRuleWithItsId() {
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(run.get("results")).hasSize(3).allSatisfy(result ->
                assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText()));
    }

    @Test
    void severityMapsToLevelAndGithubSecuritySeverity() {
        assertThat(SarifWriter.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifWriter.level(Severity.HIGH)).isEqualTo("error");
        assertThat(SarifWriter.level(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(SarifWriter.level(Severity.LOW)).isEqualTo("note");
        assertThat(SarifWriter.level(Severity.INFO)).isEqualTo("note");

        List<String> scores = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> scores.add(r.at("/id").asText() + "=" + r.at("/properties/security-severity").asText()));
        assertThat(scores).containsExactly("clickhouse.auth-required=0.0", "clickhouse.unauthenticated=9.5", "secrets.openai-key=8.0");
    }

    @Test
    void aRuleTakesTheMostSevereLevelAmongItsFindings() {
        var asset = dev.ward.core.Asset.of(dev.ward.core.AssetKind.SERVICE, "clickhouse://10.0.0.1:8123");
        Finding low = Finding.of(SampleScans.CLICKHOUSE_OPEN, asset).severity(Severity.LOW).discriminator("a").build();
        Finding high = Finding.of(SampleScans.CLICKHOUSE_OPEN, asset).severity(Severity.HIGH).discriminator("b").build();
        JsonNode rule = read(Render.as(ReportFormat.SARIF, SampleScans.withFindings(List.of(low, high)))).at("/runs/0/tool/driver/rules");
        assertThat(rule).hasSize(1);
        assertThat(rule.at("/0/properties/security-severity").asText()).isEqualTo("8.0");
        assertThat(rule.at("/0/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void regionOnlyWhenThePositionIsKnown() {
        JsonNode network = run.at("/results/0/locations/0/physicalLocation");
        JsonNode file = run.at("/results/1/locations/0/physicalLocation");
        assertThat(network.at("/artifactLocation/uri").asText()).isEqualTo("clickhouse://127.0.0.1:8123");
        assertThat(network.has("region")).isFalse();
        assertThat(file.at("/artifactLocation/uri").asText()).isEqualTo("config/app.env");
        assertThat(file.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(file.at("/region/startColumn").asInt()).isEqualTo(16);
    }

    @Test
    void resultsCarryFingerprintSeverityAndControls() {
        Finding critical = SampleScans.representative().findings().getFirst();
        JsonNode result = run.at("/results/0");
        assertThat(result.at("/partialFingerprints/" + SarifWriter.FINGERPRINT_KEY.replace("/", "~1")).asText())
                .isEqualTo(critical.fingerprint());
        assertThat(result.at("/properties/severity").asText()).isEqualTo("critical");
        assertThat(result.at("/properties/controls").toString()).isEqualTo("[\"OWASP-LLM02:2025\",\"ATLAS AML.T0055\",\"CWE-306\"]");
        assertThat(run.at("/tool/driver/rules/1/properties/tags").toString())
                .isEqualTo("[\"security\",\"OWASP-LLM02:2025\",\"ATLAS AML.T0055\",\"CWE-306\"]");
    }

    @Test
    void driverAndInvocation() {
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("Ward");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.at("/invocations/0/startTimeUtc").asText()).isEqualTo("2025-03-14T09:26:53.120Z");
        assertThat(run.at("/invocations/0/endTimeUtc").asText()).isEqualTo("2025-03-14T09:26:55.600Z");
    }

    @Test
    void markdownHelpCannotCarryLinksOrHtml() {
        assertThat(Markdown.escape("see [here](http://x) <b>*now*</b>")).isEqualTo("see \\[here\\](http://x) \\<b\\>\\*now\\*\\</b\\>");
    }

    @Test
    void ruleNameIsPascalCaseOfTheId() {
        assertThat(SarifWriter.ruleName("clickhouse.auth-required")).isEqualTo("ClickhouseAuthRequired");
    }

    @Test
    void urisAreLeftAloneWhenValidAndEncodedWhenNot() {
        assertThat(SarifUri.of("clickhouse://127.0.0.1:8123")).isEqualTo("clickhouse://127.0.0.1:8123");
        assertThat(SarifUri.of("file:///srv/a%20b.env")).isEqualTo("file:///srv/a%20b.env");
        assertThat(SarifUri.of("src/a b/100%.txt")).isEqualTo("src/a%20b/100%25.txt");
        assertThat(SarifUri.of("notes/\uD83D\uDD11.md")).isEqualTo("notes/%F0%9F%94%91.md");
    }

    private static JsonNode read(String json) {
        try {
            return ReportJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
