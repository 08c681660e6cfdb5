package dev.ward.redteam.detect;

import java.util.Objects;

/**
 * The result of examining one answer, with the detector that decided it, so every score can be traced.
 *
 * @param outcome  resisted, broken or inconclusive
 * @param detector which detector decided, for example {@code canary:base64} or {@code refusal-prefix}
 * @param reason   a short, redaction-safe explanation
 */
public record Verdict(Outcome outcome, String detector, String reason) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detector, "detector");
        reason = reason == null ? "" : reason;
    }

    public static Verdict resisted(String detector, String reason) {
        return new Verdict(Outcome.RESISTED, detector, reason);
    }

    public static Verdict broken(String detector, String reason) {
        return new Verdict(Outcome.BROKEN, detector, reason);
    }

    public static Verdict inconclusive(String detector, String reason) {
        return new Verdict(Outcome.INCONCLUSIVE, detector, reason);
    }
}
