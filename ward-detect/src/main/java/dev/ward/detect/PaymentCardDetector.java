package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds payment card numbers: 13 to 19 digits, optionally grouped by single spaces or dashes (one kind per number),
 * that pass the Luhn check and start with a card scheme's issuer prefix.
 */
public final class PaymentCardDetector implements Detector {

    public static final String RULE_ID = "payment-card";
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    @Override
    public String id() {
        return "payment-card";
    }

    @Override
    public int priority(Detection detection) {
        return 40;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        List<Detection> found = new ArrayList<>();
        int n = text.length();
        int[] digits = new int[MAX_DIGITS];
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i)) || TokenBoundary.joinedBefore(text, i)) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            int count = collectDigits(text, i, end, digits);
            if (count >= MIN_DIGITS && count <= MAX_DIGITS && !TokenBoundary.joinedAfter(text, end)) {
                String brand = CardScheme.brandOf(digits, count);
                if (brand != null && luhnValid(digits, count)) {
                    found.add(new Detection(RULE_ID, Category.PII, "card number", brand, i, end,
                            text.subSequence(i, end).toString()));
                }
            }
            i = end;
        }
        return found;
    }

    /** The end of the run of digits at {@code start} joined by single separators, all of one kind. */
    private static int runEnd(CharSequence text, int start) {
        int n = text.length();
        char separator = 0;
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ' ' || c == '-') && (separator == 0 || separator == c) && i + 1 < n
                    && isDigit(text.charAt(i + 1))) {
                separator = c;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Copies up to {@link #MAX_DIGITS} digits into {@code digits}; returns how many digits the run has. */
    private static int collectDigits(CharSequence text, int start, int end, int[] digits) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (count < MAX_DIGITS) {
                    digits[count] = c - '0';
                }
                count++;
            }
        }
        return count;
    }

    static boolean luhnValid(int[] digits, int count) {
        int sum = 0;
        for (int k = 0; k < count; k++) {
            int d = digits[count - 1 - k];
            if (k % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Runs only in windows around {@code runs of eight or more digits} found by a byte-level prefilter. */
    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        return PersonalDataCandidates.scan(new ByteText(data, offset, length)).digits.detect(this);
    }
}
