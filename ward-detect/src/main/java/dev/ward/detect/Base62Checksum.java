package dev.ward.detect;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum in GitHub's classic tokens ({@code ghp_} and kin) and npm's {@code npm_} tokens: thirty random base62
 * characters, then their CRC32 written in base62 and padded to six characters, checked by {@link ChecksumSuffix}.
 */
final class Base62Checksum {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM = 30;
    private static final int CHECKSUM = 6;

    private Base62Checksum() {
    }

    static SecretCheck.Verdict check(String token) {
        return ChecksumSuffix.check(token, RANDOM, CHECKSUM, Base62Checksum::checksum);
    }

    /** The six-character base62 CRC32 of {@code random}. */
    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM];
        for (int i = CHECKSUM - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }
}
