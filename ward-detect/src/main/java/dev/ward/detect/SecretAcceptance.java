package dev.ward.detect;

import java.util.regex.Pattern;

/** Whether a rule's regex match is kept: entropy, the rule's allow-list, placeholders, context words, its check. */
final class SecretAcceptance {

    /** Values that no real key has: a long run of one character, or a masked or templated stretch. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(.)\\1{7}|(?i:x{6})|\\*{4}|\\.\\.\\.|\\$\\{|\\{\\{|<[a-z_ -]{3,40}>");

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
                if (regionMatchesIgnoreCase(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
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
