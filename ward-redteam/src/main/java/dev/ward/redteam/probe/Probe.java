package dev.ward.redteam.probe;

import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.target.ChatTurn;
import java.util.List;
import java.util.Objects;

/**
 * One attack (or benign control prompt), sent {@code samples} times; the repeats form one cluster for scoring.
 *
 * @param id                   stable across runs with the same seed, so a journal can be resumed
 * @param category             what it tests
 * @param technique            how it attacks, for example {@code indirect-email+base64}
 * @param source               {@code ward} for Ward's own probes, or the benchmark it was loaded from
 * @param systemPromptAddition appended to the target's system prompt, for example a canary to protect
 * @param turns                the conversation to send
 * @param baselinePrompt       for paired probes (sentiment): the neutral prompt whose answer the attack is compared with
 * @param expectation          what the detectors look for
 */
public record Probe(String id, RiskCategory category, String technique, String source, String systemPromptAddition,
                    List<ChatTurn> turns, String baselinePrompt, ProbeExpectation expectation) {

    public Probe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        technique = technique == null ? "" : technique;
        source = source == null ? "ward" : source;
        systemPromptAddition = systemPromptAddition == null ? "" : systemPromptAddition;
        turns = List.copyOf(turns);
        expectation = expectation == null ? ProbeExpectation.NONE : expectation;
    }

    public static Probe single(String id, RiskCategory category, String technique, String prompt, ProbeExpectation expectation) {
        return new Probe(id, category, technique, "ward", "", List.of(ChatTurn.user(prompt)), null, expectation);
    }

    public Probe withSystemPromptAddition(String addition) {
        return new Probe(id, category, technique, source, addition, turns, baselinePrompt, expectation);
    }

    public Probe withTurns(List<ChatTurn> newTurns) {
        return new Probe(id, category, technique, source, systemPromptAddition, newTurns, baselinePrompt, expectation);
    }

    /** The last user message, which carries the attack. */
    public String attackText() {
        return turns.getLast().text();
    }

    public boolean paired() {
        return baselinePrompt != null;
    }
}
