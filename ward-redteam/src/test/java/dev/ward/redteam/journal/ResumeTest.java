package dev.ward.redteam.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.core.ScanEvent;
import dev.ward.redteam.Redteam;
import dev.ward.redteam.RedteamOptions;
import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.RedteamRunner;
import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.RunBudget;
import dev.ward.redteam.doubles.ModelWireDouble;
import dev.ward.redteam.doubles.VulnerableModelDouble;
import dev.ward.redteam.detect.VerdictEngine;
import dev.ward.redteam.target.HttpJsonTransport;
import dev.ward.redteam.target.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted run resumes from its journal without sending an answered request twice; re-scoring sends nothing. */
class ResumeTest {

    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", ModelWireDouble.API_KEY);

    @TempDir
    Path dir;

    private RedteamOptions options(String url, Path journal, boolean resume, boolean rescore) {
        RedteamOptions o = RedteamOptions.defaults(Provider.OPENAI, url, "m")
                .withCategories(List.of(RiskCategory.PROMPT_INJECTION, RiskCategory.SENTIMENT_MANIPULATION))
                .withRun(2, 4, RunBudget.UNLIMITED, journal).withJournal(journal, resume);
        return new RedteamOptions(o.target(), o.model(), o.provider(), o.systemPrompt(), o.categories(), o.samples(), o.format(), o.output(),
                o.temperature(), o.topP(), o.maxTokens(), o.concurrency(), o.requestsPerMinute(), o.tokensPerMinute(), o.budget(), false,
                journal, resume, rescore, null, o.seed(), null, null, null, null, null, Map.of(), List.of(), 0, false, null, 3, 10, 1);
    }

    @Test
    void resumesAfterAnInterruptedRunWithoutRepeatingRequests() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        try (ModelWireDouble model = new ModelWireDouble(new VulnerableModelDouble())) {
            String url = model.baseUrl() + "/v1";
            RedteamOptions first = options(url, journal, false, false);
            long planned = Redteam.estimate(first).requests();
            AtomicReference<RedteamRunner> runner = new AtomicReference<>();
            runner.set(new RedteamRunner(first, first.targetSpec().open(ENV, HttpJsonTransport.standard(), Clock.systemUTC()),
                    new VerdictEngine(null), event -> {
                if (event instanceof ScanEvent.Progress p && p.done() >= 30) {
                    runner.get().stop();
                }
            }));
            RedteamReport partial = runner.get().execute();
            int sentBeforeKill = model.requests();
            assertThat(sentBeforeKill).isBetween(30, (int) planned - 1);
            assertThat(partial.notRun()).isPositive();

            // a kill mid-write leaves a torn last line
            Files.writeString(journal, "{\"type\":\"attempt\",\"key\":\"torn", java.nio.file.StandardOpenOption.APPEND);
            int answered = Journal.answered(Journal.read(journal)).size();
            assertThat(answered).isEqualTo(sentBeforeKill);

            RedteamOptions resumed = options(url, journal, true, false);
            assertThat(Redteam.estimate(resumed).requests()).isEqualTo(planned - answered);
            RedteamReport complete = Redteam.run(resumed, ENV, event -> { });
            assertThat(model.requests() - sentBeforeKill).as("requests sent after resume").isEqualTo((int) (planned - answered));
            assertThat(complete.notRun()).isZero();

            Set<String> keys = new HashSet<>();
            for (JournalEntry entry : Journal.read(journal)) {
                if (entry.answered()) {
                    assertThat(keys.add(entry.key())).as("answered once: " + entry.key()).isTrue();
                }
            }
            assertThat(keys).hasSize((int) planned);

            int before = model.requests();
            RedteamReport rescored = Redteam.run(options(url, journal, false, true), ENV, event -> { });
            assertThat(model.requests()).as("re-scoring sends nothing").isEqualTo(before);
            assertThat(rescored.categories()).isEqualTo(complete.categories());
        }
    }

    @Test
    void refusesToOverwriteOrToResumeAnotherProbeSet() throws Exception {
        Path journal = dir.resolve("other.jsonl");
        try (ModelWireDouble model = new ModelWireDouble(new VulnerableModelDouble())) {
            String url = model.baseUrl() + "/v1";
            Redteam.run(options(url, journal, false, false), ENV, event -> { });
            assertThatThrownBy(() -> Redteam.run(options(url, journal, false, false), ENV, event -> { }))
                    .hasMessageContaining("--resume");
            RedteamOptions otherSeed = options(url, journal, true, false);
            RedteamOptions changed = new RedteamOptions(otherSeed.target(), otherSeed.model(), otherSeed.provider(), null, otherSeed.categories(),
                    otherSeed.samples(), "table", null, 0.7, null, 512, 4, 0, 0, RunBudget.UNLIMITED, false, journal, true, false, null, 99,
                    null, null, null, null, null, Map.of(), List.of(), 0, false, null, 3, 10, 1);
            assertThatThrownBy(() -> Redteam.run(changed, ENV, event -> { })).hasMessageContaining("another probe set or seed");
        }
    }

    @Test
    void budgetCapStopsEarlyAndUnsentRequestsAreNotRunNotResisted() throws Exception {
        try (ModelWireDouble model = new ModelWireDouble(new VulnerableModelDouble())) {
            RedteamOptions o = options(model.baseUrl() + "/v1", dir.resolve("b.jsonl"), false, false);
            RedteamOptions capped = o.withRun(2, 1, new RunBudget(10, 0, 0, 0, 0), dir.resolve("b.jsonl"));
            RedteamReport report = Redteam.run(capped, ENV, event -> { });
            assertThat(model.requests()).isEqualTo(10);
            assertThat(report.notRun()).isPositive();
            int counted = report.categories().stream().mapToInt(c -> c.attempts()).sum();
            assertThat(counted).isLessThanOrEqualTo(10);
        }
    }
}
