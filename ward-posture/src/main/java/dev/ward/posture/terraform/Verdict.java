package dev.ward.posture.terraform;

/** What a Terraform check concluded about one resource. */
public sealed interface Verdict {

    record Pass() implements Verdict {
    }

    /** @param attribute the dotted attribute path to point the finding at; where it is absent, the resource block */
    record Fail(String attribute, String message) implements Verdict {
    }

    record NotApplicable() implements Verdict {
    }

    static Verdict pass() {
        return new Pass();
    }

    static Verdict fail(String attribute, String message) {
        return new Fail(attribute, message);
    }

    static Verdict notApplicable() {
        return new NotApplicable();
    }

    /** Pass when {@code ok}, else fail at the attribute. */
    static Verdict require(boolean ok, String attribute, String message) {
        return ok ? pass() : fail(attribute, message);
    }
}
