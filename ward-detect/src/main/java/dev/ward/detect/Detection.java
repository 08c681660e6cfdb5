package dev.ward.detect;

import dev.ward.core.Redactor;
import java.util.Objects;

/**
 * One piece of sensitive content found in a text.
 *
 * @param ruleId   the rule that matched, for example {@code openai-project-key}
 * @param category secret, personal data or chat transcript
 * @param label    what it is, as a person says it: {@code "API key"}, {@code "e-mail address"}
 * @param provider whose it is where that is known: {@code "OpenAI"}, {@code "DeepSeek"}; empty otherwise
 * @param start    offset of the first character in the scanned text
 * @param end      offset after the last character
 * @param value    the matched text itself; never print it, print {@link #redacted()}
 */
public record Detection(String ruleId, Category category, String label, String provider, int start, int end, String value) {

    public Detection {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(value, "value");
    }

    public String redacted() {
        return Redactor.mask(value);
    }

    @Override
    public String toString() {
        return "Detection[" + ruleId + " " + redacted() + " @" + start + "]";
    }
}
