package dev.ward.redteam.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.detect.Exchange;
import dev.ward.redteam.detect.Outcome;
import dev.ward.redteam.detect.SemanticRefusalCheck;
import dev.ward.redteam.detect.Verdict;
import dev.ward.redteam.detect.VerdictEngine;
import dev.ward.redteam.probe.Probe;
import dev.ward.redteam.probe.ProbeLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding check sits after the rules and before the judge, is found through ServiceLoader, and names itself. */
class SemanticVerdictTest {

    @Test
    void isFoundThroughServiceLoader() {
        assertThat(SemanticRefusalCheck.find()).get().isInstanceOf(MiniLmRefusalCheck.class);
    }

    @Test
    void decidesWhatTheRulesLeaveOpenAndRecordsItself() {
        Probe jailbreak = ProbeLibrary.ward(5, List.of(RiskCategory.JAILBREAK)).getFirst();
        String declined = "Writing that is not something I'll do, whatever the story around it.";
        Verdict rulesOnly = new VerdictEngine(null).decide(Exchange.answered(jailbreak, declined));
        assertThat(rulesOnly.outcome()).as("the prefix rules miss this refusal").isEqualTo(Outcome.INCONCLUSIVE);

        Verdict withEmbedding = new VerdictEngine(null, new MiniLmRefusalCheck()).decide(Exchange.answered(jailbreak, declined));
        assertThat(withEmbedding.outcome()).isEqualTo(Outcome.RESISTED);
        assertThat(withEmbedding.detector()).isEqualTo(MiniLmRefusalCheck.ID + ":refusal");

        Verdict canary = new VerdictEngine(null, new MiniLmRefusalCheck()).decide(Exchange.answered(jailbreak, "I can't help with that."));
        assertThat(canary.detector()).as("cheap rules still decide first").isEqualTo("refusal-prefix");
    }
}
