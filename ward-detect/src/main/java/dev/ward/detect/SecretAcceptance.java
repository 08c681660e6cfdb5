package dev.ward.detect;

import java.util.regex.Pattern;

/** Whether a rule's regex match is kept: entropy, the rule's allow-list, placeholders, context words, its check. */
final class SecretAcceptance {

    /**
     * Values that no real key has: a long run of one character, a masked or templated stretch, or the word "example"
     * (as in documented keys such as AWS's).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(.)\\1{7}|(?i:x{6})|\\*{4}|\\.\\.\\.|\\$\\{|\\{\\{|<[a-z_ -]{3,40}>|(?i:example)");

    private SecretAcceptance() {
    }

    static SecretCheck.Verdict judge(SecretRule rule, ByteText text, int s, int e) {
        CharSequence secret = text.subSequence(s, e);
        if (rule.minEntropy() > 0 && ShannonEntropy.bitsPerChar(secret) < rule.minEntropy()) {
            return SecretCheck.Verdict.REJECT;
        }
        for (Pattern veto : rule.allow()) {
            if (veto.matcher(secret).find()) {
                return SecretCheck.Verdict.REJECT;
            }
        }
        if (rule.placeholders() && e - s <= 512 && PLACEHOLDER.matcher(secret).find()) {
            return SecretCheck.Verdict.REJECT;
        }
        if (!rule.context().isEmpty() && !contextBefore(rule, text, s)) {
            return SecretCheck.Verdict.REJECT;
        }
        return rule.check().check(text, s, e);
    }

    private static boolean contextBefore(SecretRule rule, CharSequence text, int secretStart) {
        int from = Math.max(0, secretStart - rule.contextWindow());
        for (String word : rule.context()) {
            for (int i = from; i + word.length() <= secretStart; i++) {
                if (regionMatchesIgnoreCase(text, i, word) && startsWord(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a context word found at {@code i} starts a word: after a non-letter, or as a camel-case hump
     * ("myOkta"), but not inside a word ("rookTable" holds "okta").
     */
    private static boolean startsWord(CharSequence text, int i) {
        if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return true;
        }
        return Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i));
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int offset, String word) {
        for (int j = 0; j < word.length(); j++) {
            if (Character.toLowerCase(text.charAt(offset + j)) != Character.toLowerCase(word.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
