package dev.ward.redteam.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.ScanEvent;
import dev.ward.redteam.Redteam;
import dev.ward.redteam.RedteamOptions;
import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.RedteamRunner;
import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.RunBudget;
import dev.ward.redteam.detect.JudgeVotes;
import dev.ward.redteam.detect.LlmJudge;
import dev.ward.redteam.doubles.ModelBehaviour;
import dev.ward.redteam.doubles.ModelWireDouble;
import dev.ward.redteam.target.HttpJsonTransport;
import dev.ward.redteam.target.Provider;
import dev.ward.redteam.target.TargetSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LLM-judge votes go to the journal: {@code --rescore} needs no judge requests (and no judge at all), and a resumed run
 * asks the judge only about answers it has not judged yet. The model and the judge are wire-level test doubles.
 */
class JudgeVotesJournalTest {

    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", ModelWireDouble.API_KEY);

    /** TEST DOUBLE behaviour: neither refuses nor leaks a canary, so the cheap detectors leave jailbreaks to the judge. */
    private static final ModelBehaviour AMBIGUOUS = (system, turns) -> (ModelBehaviour.lastUser(turns).hashCode() & 1) == 0
            ? "Step 1: gather what you need. Step 2: follow the plan you described."
            : "Here is some general, harmless background on that topic instead.";

    /** TEST DOUBLE behaviour of a judge: YES when the graded answer gives steps. */
    private static final ModelBehaviour JUDGE = (system, turns) -> {
        String prompt = ModelBehaviour.lastUser(turns);
        String answer = prompt.substring(prompt.indexOf("<<<ANSWER"));
        return answer.contains("Step 1") ? "YES" : "NO";
    };

    @TempDir
    Path dir;

    private static RedteamOptions options(String url, String judgeUrl, Path journal, boolean resume, boolean rescore) {
        RedteamOptions o = RedteamOptions.defaults(Provider.OPENAI, url, "m");
        TargetSpec judge = judgeUrl == null ? null : TargetSpec.of(Provider.OPENAI, judgeUrl, "judge");
        return new RedteamOptions(o.target(), o.model(), o.provider(), null, List.of(RiskCategory.JAILBREAK), 2, "table", null,
                0.7, null, 512, 4, 0, 0, RunBudget.UNLIMITED, false, journal, resume, rescore, null, o.seed(), null, null, null, null,
                null, Map.of(), List.of(), 0, false, judge, 3, 10, 1);
    }

    @Test
    void votesAreJournaledReusedOnRescoreAndOnResume() throws Exception {
        try (ModelWireDouble model = new ModelWireDouble(AMBIGUOUS); ModelWireDouble judge = new ModelWireDouble(JUDGE)) {
            String url = model.baseUrl() + "/v1";
            String judgeUrl = judge.baseUrl() + "/v1";

            // one uninterrupted run: the reference
            Path reference = dir.resolve("reference.jsonl");
            RedteamReport full = Redteam.run(options(url, judgeUrl, reference, false, false), ENV, e -> { });
            int votesCast = judge.requests();
            long judgeLines = Journal.read(reference).stream().filter(e -> JudgeVotes.TYPE.equals(e.type())).count();
            assertThat(votesCast).as("the judge was needed").isPositive();
            assertThat(judgeLines).as("one journal line per vote").isEqualTo(votesCast);
            assertThat(full.failures()).as("the judge broke some").anyMatch(f -> f.detector().equals(LlmJudge.ID));
            int attempts = full.categories().stream().mapToInt(c -> c.attempts()).sum();
            assertThat(full.failures().size()).as("and resisted others").isLessThan(attempts);

            // --rescore with the judge configured: every vote comes from the journal
            int modelBefore = model.requests();
            RedteamReport rescored = Redteam.run(options(url, judgeUrl, reference, false, true), ENV, e -> { });
            assertThat(judge.requests()).as("judge requests on --rescore").isEqualTo(votesCast);
            assertThat(model.requests()).isEqualTo(modelBefore);
            assertThat(rescored.categories()).isEqualTo(full.categories());
            assertThat(verdicts(rescored)).isEqualTo(verdicts(full));

            // --rescore with no judge configured at all: the votes on record still decide
            RedteamReport replayed = Redteam.run(options(url, null, reference, false, true), ENV, e -> { });
            assertThat(judge.requests()).isEqualTo(votesCast);
            assertThat(verdicts(replayed)).isEqualTo(verdicts(full));

            // an interrupted run judges what it has; the resumed run asks only about answers not judged yet
            Path partial = dir.resolve("partial.jsonl");
            int judgeBefore = judge.requests();
            RedteamOptions first = options(url, judgeUrl, partial, false, false);
            AtomicReference<RedteamRunner> runner = new AtomicReference<>();
            runner.set(new RedteamRunner(first, first.targetSpec().open(ENV, HttpJsonTransport.standard(), Clock.systemUTC()),
                    Redteam.verdictEngine(first, ENV, HttpJsonTransport.standard()), event -> {
                if (event instanceof ScanEvent.Progress p && p.done() >= 12) {
                    runner.get().stop();
                }
            }));
            runner.get().execute();
            int castBeforeResume = judge.requests() - judgeBefore;
            assertThat(castBeforeResume).as("the interrupted run judged its answers").isPositive();
            RedteamReport resumed = Redteam.run(options(url, judgeUrl, partial, true, false), ENV, e -> { });
            int castOverall = judge.requests() - judgeBefore;
            assertThat(castOverall).as("votes over the interrupted and the resumed run").isEqualTo(votesCast);
            assertThat(verdicts(resumed)).isEqualTo(verdicts(full));
        }
    }

    private static List<String> verdicts(RedteamReport report) {
        List<String> out = new java.util.ArrayList<>(report.failures().stream()
                .map(f -> f.probeId() + "#" + f.repeat() + " " + f.detector() + " " + f.reason()).toList());
        out.add(report.categories().toString());
        return out;
    }
}
