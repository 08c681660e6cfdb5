package dev.ward.detect;

import dev.ward.core.Redactor;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of sensitive content found in a text.
 *
 * @param ruleId     the rule that matched, for example {@code openai-project-key}
 * @param category   secret, personal data or chat transcript
 * @param label      what it is, as a person says it: {@code "API key"}, {@code "e-mail address"}
 * @param provider   whose it is where that is known: {@code "OpenAI"}, {@code "DeepSeek"}; empty otherwise
 * @param start      offset of the first character in the scanned text (of the first byte, for a byte scan)
 * @param end        offset after the last character (byte)
 * @param value      the matched text itself; never print it, print {@link #redacted()}
 * @param confidence what offline checks say about it
 * @param attributes facts read from the value without a network call, such as {@code aws_account_id},
 *                   {@code expired}, {@code project_id}; never the secret itself
 */
public record Detection(String ruleId, Category category, String label, String provider, int start, int end, String value,
                        Confidence confidence, Map<String, String> attributes) {

    public Detection {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(value, "value");
        confidence = confidence == null ? Confidence.PATTERN_ONLY : confidence;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A detection with {@link Confidence#PATTERN_ONLY} and no attributes. */
    public Detection(String ruleId, Category category, String label, String provider, int start, int end, String value) {
        this(ruleId, category, label, provider, start, end, value, Confidence.PATTERN_ONLY, Map.of());
    }

    /** The same detection at another place, for example after byte offsets were turned into char offsets. */
    public Detection at(int newStart, int newEnd, String newValue) {
        return new Detection(ruleId, category, label, provider, newStart, newEnd, newValue, confidence, attributes);
    }

    public String redacted() {
        return Redactor.mask(value);
    }

    @Override
    public String toString() {
        return "Detection[" + ruleId + " " + redacted() + " @" + start + " " + confidence + "]";
    }
}
