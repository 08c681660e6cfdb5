package dev.ward.detect;

import java.util.Locale;

/**
 * The Bech32 checksum (BIP 173) that age's identities carry: {@code AGE-SECRET-KEY-1} is the human-readable part and
 * its separator, and the last six data characters are a BCH code over the part and the data. Every key age writes
 * passes it; a value that fails it was typed or altered by hand, so the match is vetoed.
 */
final class Bech32Checksum {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private Bech32Checksum() {
    }

    /** Whether {@code value} ({@code hrp}, '1', data with a six-character checksum) is well-formed Bech32. */
    static boolean valid(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        int separator = lower.lastIndexOf('1');
        if (separator < 1 || lower.length() - separator - 1 < 6) {
            return false;
        }
        int checksum = 1;
        for (int i = 0; i < separator; i++) {
            checksum = step(checksum, lower.charAt(i) >> 5);
        }
        checksum = step(checksum, 0);
        for (int i = 0; i < separator; i++) {
            checksum = step(checksum, lower.charAt(i) & 31);
        }
        for (int i = separator + 1; i < lower.length(); i++) {
            int digit = CHARSET.indexOf(lower.charAt(i));
            if (digit < 0) {
                return false;
            }
            checksum = step(checksum, digit);
        }
        return checksum == 1;
    }

    private static int step(int checksum, int value) {
        int top = checksum >>> 25;
        int next = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                next ^= GENERATOR[i];
            }
        }
        return next;
    }
}
