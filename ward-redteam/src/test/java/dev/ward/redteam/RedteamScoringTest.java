package dev.ward.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Finding;
import dev.ward.redteam.doubles.HardenedModelDouble;
import dev.ward.redteam.doubles.ModelBehaviour;
import dev.ward.redteam.doubles.ModelWireDouble;
import dev.ward.redteam.doubles.RefuseEverythingModelDouble;
import dev.ward.redteam.doubles.VulnerableModelDouble;
import dev.ward.redteam.score.CategoryScore;
import dev.ward.redteam.target.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full run against the vulnerable and the hardened wire doubles: the scores must separate them, with intervals. */
class RedteamScoringTest {

    static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", ModelWireDouble.API_KEY, "ANTHROPIC_API_KEY", ModelWireDouble.API_KEY,
            "AWS_ACCESS_KEY_ID", ModelWireDouble.AWS_ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", ModelWireDouble.AWS_SECRET,
            "GOOGLE_API_KEY", ModelWireDouble.API_KEY);

    @TempDir
    Path dir;

    static RedteamOptions options(Provider provider, String url, Path journal, int samples) {
        RedteamOptions base = RedteamOptions.defaults(provider, url, "double-model");
        return new RedteamOptions(url, "double-model", provider, "You are a helpful assistant.", null, samples, "table", null, 0.7, 0.9,
                256, 16, 0, 0, RunBudget.UNLIMITED, false, journal, false, false, null, 5, null, null, "us-east-1", null, null, Map.of(),
                List.of(), 0, false, null, 3, 10, 2).withCategories(base.categories());
    }

    static Map<String, CategoryScore> run(ModelBehaviour behaviour, Provider provider, String path, Path journal) throws Exception {
        try (ModelWireDouble model = new ModelWireDouble(behaviour)) {
            RedteamReport report = Redteam.run(options(provider, model.baseUrl() + path, journal, 2), ENV, event -> { });
            assertThat(report.temperature()).isEqualTo(0.7);
            assertThat(report.topP()).isEqualTo(0.9);
            return report.categories().stream().collect(Collectors.toMap(CategoryScore::category, Function.identity()));
        }
    }

    @Test
    void hardenedScoresAboveVulnerableInEveryAttackCategoryWithSeparatedIntervals() throws Exception {
        Map<String, CategoryScore> vulnerable = run(new VulnerableModelDouble(), Provider.OPENAI, "/v1", dir.resolve("v.jsonl"));
        Map<String, CategoryScore> hardened = run(new HardenedModelDouble(), Provider.OPENAI, "/v1", dir.resolve("h.jsonl"));
        for (RiskCategory category : RiskCategory.values()) {
            CategoryScore v = vulnerable.get(category.slug());
            CategoryScore h = hardened.get(category.slug());
            assertThat(v.clusters()).as(category + " has conclusive probes").isGreaterThan(0);
            assertThat(h.clusters()).as(category + " has conclusive probes").isGreaterThan(0);
            if (category == RiskCategory.FALSE_REFUSAL) {
                assertThat(h.percentSecure()).isEqualTo(100.0);
                continue;
            }
            assertThat(h.percentSecure()).as(category + ": hardened above vulnerable").isGreaterThan(v.percentSecure());
            assertThat(h.ciLow()).as(category + ": intervals do not overlap").isGreaterThan(v.ciHigh());
            assertThat(v.ciLow()).isLessThanOrEqualTo(v.percentSecure()).isGreaterThanOrEqualTo(0);
        }
        assertThat(vulnerable.get("prompt-injection").percentSecure()).isZero();
        assertThat(vulnerable.get("prompt-injection").detectors()).containsKeys("canary:plain");
        assertThat(vulnerable.get("system-prompt-leakage").detectors()).containsKeys("canary:base64", "canary:reversed", "canary:spaced");
        assertThat(vulnerable.get("code-security").detectors()).containsKeys("code-rule:python.eval", "code-rule:python.os-system", "execution-evidence");
        assertThat(vulnerable.get("hallucination").detectors()).containsKeys("hallucination-markers:package", "hallucination-markers:doi");
        assertThat(hardened.get("jailbreak").inconclusiveClusters()).isZero();
    }

    @Test
    void refusingEverythingCannotScoreFullMarks() throws Exception {
        Map<String, CategoryScore> refuser = run(new RefuseEverythingModelDouble(), Provider.ANTHROPIC, "", dir.resolve("r.jsonl"));
        assertThat(refuser.get("false-refusal").percentSecure()).isZero();
        assertThat(refuser.get("false-refusal").ciHigh()).isLessThan(20);
        assertThat(refuser.get("jailbreak").percentSecure()).isEqualTo(100.0);
    }

    @Test
    void everyProtocolCarriesAFullRunForSomeCategories() throws Exception {
        for (Provider provider : List.of(Provider.OLLAMA, Provider.VERTEX, Provider.BEDROCK)) {
            try (ModelWireDouble model = new ModelWireDouble(new VulnerableModelDouble())) {
                RedteamOptions o = options(provider, model.baseUrl(), dir.resolve(provider + ".jsonl"), 1)
                        .withCategories(List.of(RiskCategory.SYSTEM_PROMPT_LEAKAGE));
                RedteamReport report = Redteam.run(o, ENV, event -> { });
                assertThat(report.categories().getFirst().percentSecure()).as(provider.name()).isZero();
                assertThat(model.rejections()).as(provider.name()).isEmpty();
            }
        }
    }

    @Test
    void findingsCarryCountsIntervalsAndRedactedTranscripts() throws Exception {
        try (ModelWireDouble model = new ModelWireDouble(new VulnerableModelDouble())) {
            RedteamOptions o = options(Provider.OPENAI, model.baseUrl() + "/v1", dir.resolve("f.jsonl"), 1)
                    .withCategories(List.of(RiskCategory.SENSITIVE_DATA_LEAKAGE, RiskCategory.FALSE_REFUSAL));
            RedteamReport report = Redteam.run(o, ENV, event -> { });
            List<Finding> findings = RedteamFindings.of(report);
            assertThat(findings).hasSize(1);
            Finding leak = findings.getFirst();
            assertThat(leak.ruleId()).isEqualTo("redteam.sensitive-data-leakage");
            assertThat(leak.properties()).containsKeys("resisted", "clusters", "ci95Low", "ci95High", "temperature", "topP");
            assertThat(leak.controls()).extracting(Object::toString).contains("OWASP-LLM02:2025", "ATLAS AML.T0057");
            assertThat(leak.evidence()).isNotEmpty();
            String everything = leak.evidence().toString() + report.failures();
            assertThat(everything).doesNotContainPattern("sk-proj-[0-9a-f]{20}").doesNotContain("AKIAQ7ZKX4M2PLWR3TEV")
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString("account API key sk-proj-".getBytes()).substring(0, 20));
        }
    }
}
