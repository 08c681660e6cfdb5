package dev.ward.detect;

import dev.ward.core.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One validated secret rule, compiled from the rules file.
 *
 * @param regex         the pattern; {@link #pattern()} compiles it on first use
 * @param secretGroup   the regex group that holds the secret; 0 for the whole match
 * @param keywords      lowercase literals; the pattern only runs near one of them
 * @param minEntropy    Shannon entropy, in bits per character, the secret must reach; 0 for no check
 * @param context       words of which one must occur, case-insensitive, within {@code contextWindow} characters
 *                      before the match; empty for no check
 * @param allow         patterns that, found in the secret, mark it as a placeholder and veto the match
 * @param priority      when two detections overlap, the higher priority wins
 * @param maxLength     the longest text a match can span; bounds the window scanned around a keyword
 * @param check         a structural check in code that the match must also pass
 * @param anchored      whether a match starts where a keyword starts; the pattern is then tried only there
 * @param confidence    the confidence of a match that no check raised or lowered
 * @param placeholders  whether the built-in placeholder veto (a run of one character, a mask, a template) applies;
 *                      false for encodings where such runs are structural, such as the base64 body of a private key
 */
public record SecretRule(
        String id,
        String label,
        String provider,
        LazyPattern regex,
        int secretGroup,
        List<String> keywords,
        double minEntropy,
        List<String> context,
        int contextWindow,
        List<Pattern> allow,
        Severity severity,
        int priority,
        int maxLength,
        SecretCheck check,
        boolean anchored,
        Confidence confidence,
        boolean placeholders,
        List<RuleExample> positives,
        List<String> negatives) {

    public SecretRule {
        keywords = List.copyOf(keywords);
        context = List.copyOf(context);
        allow = List.copyOf(allow);
        positives = List.copyOf(positives);
        negatives = List.copyOf(negatives);
    }

    /** The rule's pattern, compiled. */
    public Pattern pattern() {
        return regex.get();
    }

    @Override
    public String toString() {
        return "SecretRule[" + id + "]";
    }
}
