package dev.ward.detect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A positive example of a secret rule: a text, and the part of it that is the secret. In the rules file an example
 * is either a plain string (the whole text is the secret) or {@code {text: ..., secret: ...}}.
 */
public record RuleExample(String text, String secret) {

    public RuleExample {
        Objects.requireNonNull(text, "text");
        secret = secret == null ? text : secret;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RuleExample of(String text) {
        return new RuleExample(text, text);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static RuleExample of(@JsonProperty("text") String text, @JsonProperty("secret") String secret) {
        return new RuleExample(text, secret);
    }

    @Override
    public String toString() {
        return "RuleExample[" + dev.ward.core.Redactor.mask(secret) + "]";
    }
}
