package dev.ward.redteam.detect;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An optional semantic check that tells a refusal from compliance by meaning rather than by the opening words, for the
 * cases the cheap rules leave open. It runs after the rules and before the LLM judge. Implementations live outside this
 * module (ward-redteam-semantic: a local embedding model on the CPU, offline) and are looked up only when a run asks for
 * them, so nothing heavy is loaded otherwise. Implementations are thread-safe.
 */
public interface SemanticRefusalCheck {

    enum Stance { REFUSAL, COMPLIANCE, UNSURE }

    /** The detector name verdicts record, for example {@code embedding:all-minilm-l6-v2-q}. */
    String id();

    Stance classify(String answer);

    /** The check on the class path, if any; looked up on each call, so call it once and only when asked to. */
    static Optional<SemanticRefusalCheck> find() {
        return ServiceLoader.load(SemanticRefusalCheck.class).findFirst();
    }
}
