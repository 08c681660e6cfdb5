package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers while keeping false positives low: international numbers written with {@code +} (E.164, 8 to 15
 * digits), North American numbers written with separators ({@code (415) 555-0134}, {@code 415-555-0134}), and other
 * national numbers with a trunk {@code 0} only when a word such as "phone" or "tel" comes just before. Bare digit
 * runs, dates, IP addresses and version numbers do not have these shapes.
 */
public final class PhoneNumberDetector implements Detector {

    public static final String RULE_ID = "phone-number";
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?:1[-. ])?(?:\\([2-9]\\d{2}\\) ?[2-9]\\d{2}[-. ]|[2-9]\\d{2}([-. ])[2-9]\\d{2}\\1)\\d{4}");
    private static final Pattern NATIONAL = Pattern.compile("0\\d{1,4}(?:[ /-]\\d{2,8}){1,3}");
    private static final List<String> PHONE_WORDS = List.of("phone", "tel", "mobile", "mob.", "cell", "fax", "call",
            "telefon", "téléphone", "handy", "whatsapp", "contact");
    private static final int CONTEXT_WINDOW = 24;
    private static final int MAX_LENGTH = 32;

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public int priority(Detection detection) {
        return 20;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        List<Detection> found = new ArrayList<>();
        Matcher northAmerican = NORTH_AMERICAN.matcher(text).useTransparentBounds(true);
        Matcher national = NATIONAL.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c != '+' && c != '(' && !TokenBoundary.isDigit(c)) || TokenBoundary.joinedBefore(text, i)) {
                i++;
                continue;
            }
            int end = c == '+' ? international(text, i) : -1;
            if (end < 0 && c != '+') {
                end = matchAt(northAmerican, i, n);
                if (end < 0 && c == '0' && phoneWordBefore(text, i)) {
                    end = matchAt(national, i, n);
                    if (end > 0 && !digitCountBetween(text, i, end, 9, 12)) {
                        end = -1;
                    }
                }
            }
            if (end > 0 && !TokenBoundary.joinedAfter(text, end)) {
                found.add(new Detection(RULE_ID, Category.PII, "phone number", "", i, end,
                        text.subSequence(i, end).toString()));
                i = end;
            } else {
                i = skipToken(text, i);
            }
        }
        return found;
    }

    /** The end of a {@code +}-number at {@code start}, or -1. */
    private static int international(CharSequence text, int start) {
        int n = text.length();
        int digits = 0;
        int separators = 0;
        int i = start + 1;
        if (i >= n || text.charAt(i) < '1' || text.charAt(i) > '9') {
            return -1;
        }
        int lastDigitEnd = -1;
        while (i < n && i - start <= MAX_LENGTH) {
            char c = text.charAt(i);
            if (TokenBoundary.isDigit(c)) {
                digits++;
                lastDigitEnd = i + 1;
            } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
                char next = i + 1 < n ? text.charAt(i + 1) : 0;
                boolean continues = TokenBoundary.isDigit(next) || (next == '(' && c != '(') || (c == ')' && next == ' ');
                if (!continues) {
                    break;
                }
                separators++;
            } else {
                break;
            }
            i++;
        }
        int minDigits = separators == 0 ? 10 : 8;
        return digits >= minDigits && digits <= 15 ? lastDigitEnd : -1;
    }

    private static int matchAt(Matcher matcher, int start, int n) {
        matcher.region(start, Math.min(n, start + MAX_LENGTH));
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    private static boolean phoneWordBefore(CharSequence text, int start) {
        String before = text.subSequence(Math.max(0, start - CONTEXT_WINDOW), start).toString().toLowerCase(java.util.Locale.ROOT);
        for (String word : PHONE_WORDS) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitCountBetween(CharSequence text, int start, int end, int min, int max) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if (TokenBoundary.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits >= min && digits <= max;
    }

    /** Past the digits (and the sign or parenthesis) at {@code i}, so a number's tail is not read as a new one. */
    private static int skipToken(CharSequence text, int i) {
        int j = i + 1;
        while (j < text.length() && TokenBoundary.isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Runs only in windows around {@code runs of eight or more digits} found by a byte-level prefilter. */
    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        return PersonalDataCandidates.scan(new ByteText(data, offset, length)).digits.detect(this);
    }
}
