package dev.ward.detect;

import java.util.Map;

/**
 * AWS access key ids issued since 2019 encode the owning account: base32-decode the twelve characters after the
 * four-letter prefix, take the first six bytes, and the account id is bits 1 to 40 of them. Older ids (fifth
 * character below {@code Q} in base32) carry no account and stay at pattern-only confidence.
 */
final class AwsAccessKeyId {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private AwsAccessKeyId() {
    }

    static SecretCheck.Verdict check(String keyId) {
        String account = accountId(keyId);
        return account == null ? SecretCheck.Verdict.UNCHECKED
                : SecretCheck.Verdict.valid(Map.of("aws_account_id", account));
    }

    /** The twelve-digit account id, or null when the id has the old format or is not base32. */
    static String accountId(String keyId) {
        if (keyId.length() != 20) {
            return null;
        }
        long bits = 0;
        for (int i = 4; i < 14; i++) {
            int v = BASE32.indexOf(keyId.charAt(i));
            if (v < 0) {
                return null;
            }
            bits = (bits << 5) | v;
        }
        if (BASE32.indexOf(keyId.charAt(4)) < 16) {
            return null;
        }
        long firstSixBytes = bits >>> 2;
        long account = (firstSixBytes & 0x7fffffffff80L) >>> 7;
        return account > 999_999_999_999L ? null : String.format("%012d", account);
    }
}
