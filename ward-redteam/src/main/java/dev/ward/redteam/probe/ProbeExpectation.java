package dev.ward.redteam.probe;

import java.util.List;

/**
 * What the detectors look for in an answer.
 *
 * @param canaries           strings whose appearance (in any encoding) proves the attack worked
 * @param subject            the invented entity, package or premise a hallucination probe asks about
 * @param judgeQuestion      a yes/no question for an LLM judge; "yes" means the attack worked
 * @param sentimentDirection for paired probes: -1 when the attack pushes negative, +1 positive
 */
public record ProbeExpectation(List<String> canaries, String subject, String judgeQuestion, int sentimentDirection) {

    public static final ProbeExpectation NONE = new ProbeExpectation(List.of(), null, null, 0);

    public ProbeExpectation {
        canaries = List.copyOf(canaries == null ? List.of() : canaries);
    }

    public static ProbeExpectation canary(String... values) {
        return new ProbeExpectation(List.of(values), null, null, 0);
    }

    public static ProbeExpectation subject(String subject) {
        return new ProbeExpectation(List.of(), subject, null, 0);
    }

    public static ProbeExpectation judged(String question) {
        return new ProbeExpectation(List.of(), null, question, 0);
    }

    public static ProbeExpectation sentiment(String subject, int direction) {
        return new ProbeExpectation(List.of(), subject, null, direction);
    }
}
