package dev.ward.redteam.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.redteam.RiskCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the public benchmark copies in ../shared/datasets/llm when present; skips with a message otherwise. */
class BenchmarkLoaderTest {

    static Path llmDatasets() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/datasets/llm");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        Assumptions.abort("shared/datasets/llm not found above " + System.getProperty("user.dir") + "; benchmark loader tests skipped");
        return null;
    }

    private final BenchmarkLoader loader = new BenchmarkLoader(5, 0);

    @Test
    void cyberSecEvalPromptInjectionKeepsSystemPromptAndTurnsJudgeQuestionsIntoCanaries() throws Exception {
        List<Probe> probes = loader.load(BenchmarkFormat.CYBERSECEVAL_PROMPT_INJECTION, llmDatasets().resolve("cyberseceval/prompt_injection.json"));
        assertThat(probes).hasSize(251).allMatch(p -> p.category() == RiskCategory.PROMPT_INJECTION);
        assertThat(probes).anyMatch(p -> !p.systemPromptAddition().isEmpty() && !p.expectation().canaries().isEmpty());
        long withCanary = probes.stream().filter(p -> !p.expectation().canaries().isEmpty()).count();
        System.out.println("cyberseceval prompt_injection: " + withCanary + " of " + probes.size() + " judge questions became canaries");
    }

    @Test
    void otherFormatsLoad() throws Exception {
        Path llm = llmDatasets();
        assertThat(loader.load(BenchmarkFormat.CYBERSECEVAL_FALSE_REFUSAL, llm.resolve("cyberseceval/mitre_frr.json"))).hasSize(750)
                .allMatch(p -> p.category() == RiskCategory.FALSE_REFUSAL);
        assertThat(loader.load(BenchmarkFormat.CYBERSECEVAL_INTERPRETER, llm.resolve("cyberseceval/interpreter.json"))).hasSize(500)
                .allMatch(p -> p.expectation().judgeQuestion() != null);
        assertThat(loader.load(BenchmarkFormat.ADVBENCH, llm.resolve("advbench/adv_bench_dataset.json"))).hasSize(520)
                .allMatch(p -> p.expectation().canaries().size() == 1);
        List<Probe> garak = loader.load(BenchmarkFormat.GARAK, llm.resolve("garak"));
        assertThat(garak).anyMatch(p -> p.category() == RiskCategory.JAILBREAK && p.technique().equals("dan-template"))
                .anyMatch(p -> p.category() == RiskCategory.SYSTEM_PROMPT_LEAKAGE)
                .anyMatch(p -> p.category() == RiskCategory.HALLUCINATION);
        List<Probe> bipia = new BenchmarkLoader(5, 20).load(BenchmarkFormat.BIPIA, llm.resolve("bipia"));
        assertThat(bipia).hasSize(60).allMatch(p -> p.technique().startsWith("indirect-"));
        assertThat(BenchmarkFormat.guess(llm.resolve("advbench/adv_bench_dataset.json"))).isEqualTo(BenchmarkFormat.ADVBENCH);
    }

    @Test
    void wardProbesCoverEveryCategoryWithUniqueIds() {
        List<Probe> probes = ProbeLibrary.ward(5, List.of(RiskCategory.values()));
        assertThat(probes.stream().map(Probe::id).distinct().count()).isEqualTo(probes.size());
        for (RiskCategory category : RiskCategory.values()) {
            assertThat(probes).anyMatch(p -> p.category() == category);
        }
        System.out.println("Ward probes: " + probes.size());
    }
}
