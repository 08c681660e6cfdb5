package dev.ward.detect;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Cloudflare's scannable credentials ({@code cfat_}, {@code cfut_}, {@code cfk_}): forty random characters, then an
 * eight-character checksum, the CRC32 of those forty in lower-case hex. A wrong checksum does not veto the match (a
 * token may be mangled in transit), it only keeps it at pattern-only confidence.
 */
final class CloudflareChecksum {

    private static final int RANDOM = 40;
    private static final int CHECKSUM = 8;

    private CloudflareChecksum() {
    }

    static SecretCheck.Verdict check(String token) {
        String body = token.substring(token.indexOf('_') + 1);
        if (body.length() != RANDOM + CHECKSUM) {
            return SecretCheck.Verdict.UNCHECKED;
        }
        boolean valid = checksum(body.substring(0, RANDOM)).equals(body.substring(RANDOM));
        Map<String, String> attributes = Map.of("checksum", valid ? "valid" : "invalid");
        return valid ? SecretCheck.Verdict.valid(attributes) : SecretCheck.Verdict.patternOnly(attributes);
    }

    /** The eight-character lower-case hex CRC32 of {@code random}. */
    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
