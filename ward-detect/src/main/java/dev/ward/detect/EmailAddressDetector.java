package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds e-mail addresses by looking outward from each {@code @}, without a regex, so the cost stays linear however
 * the text is shaped.
 */
public final class EmailAddressDetector implements Detector {

    public static final String RULE_ID = "email-address";
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    // Image names such as icon@2x.png look like addresses; these endings are file types, not top-level domains.
    private static final Set<String> FILE_ENDINGS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js",
            "css", "map", "json", "ts", "tsx", "jsx", "mjs", "cjs", "html", "txt", "md", "py", "java", "kt", "go", "rs");

    @Override
    public String id() {
        return "email";
    }

    @Override
    public int priority(Detection detection) {
        return 30;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        List<Detection> found = new ArrayList<>();
        int n = text.length();
        for (int at = 0; at < n; at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            int start = localStart(text, at);
            int end = domainEnd(text, at);
            if (start < at && end > at) {
                found.add(new Detection(RULE_ID, Category.PII, "e-mail address", "", start, end,
                        text.subSequence(start, end).toString()));
                at = end - 1;
            }
        }
        return found;
    }

    /** The start of the local part before {@code at}, or {@code at} when there is none. */
    private static int localStart(CharSequence text, int at) {
        int i = at;
        while (i > 0 && at - i < MAX_LOCAL && isLocalChar(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && isLocalChar(text.charAt(i - 1))) {
            return at; // longer than any local part may be
        }
        while (i < at && (text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        if (i == at || text.charAt(at - 1) == '.') {
            return at;
        }
        return i;
    }

    /** The end of a domain of at least two labels after {@code at}, with a letters-only top-level label; or {@code at}. */
    private static int domainEnd(CharSequence text, int at) {
        int n = text.length();
        int i = at + 1;
        int lastDot = -1;
        int labelStart = i;
        while (i < n && i - at <= MAX_DOMAIN) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c) || (c == '-' && i > labelStart)) {
                i++;
            } else if (c == '.' && i > labelStart && i + 1 < n && isAsciiLetterOrDigit(text.charAt(i + 1))) {
                lastDot = i;
                i++;
                labelStart = i;
            } else {
                break;
            }
        }
        if (i < n && (text.charAt(i) == '@' || isAsciiLetterOrDigit(text.charAt(i)))) {
            return at;
        }
        if (lastDot < 0 || i - lastDot - 1 < 2) {
            return at;
        }
        for (int j = lastDot + 1; j < i; j++) {
            if (!isAsciiLetter(text.charAt(j))) {
                return at;
            }
        }
        String tld = text.subSequence(lastDot + 1, i).toString().toLowerCase(Locale.ROOT);
        return FILE_ENDINGS.contains(tld) ? at : i;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Runs only in windows around {@code @} found by a byte-level prefilter. */
    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        return PersonalDataCandidates.scan(new ByteText(data, offset, length)).email.detect(this);
    }
}
