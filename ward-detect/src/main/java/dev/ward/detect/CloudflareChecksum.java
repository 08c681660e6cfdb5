package dev.ward.detect;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Cloudflare's scannable credentials ({@code cfat_}, {@code cfut_}, {@code cfk_}): forty random characters, then an
 * eight-character checksum, the CRC32 of those forty in lower-case hex, checked by {@link ChecksumSuffix}.
 */
final class CloudflareChecksum {

    private static final int RANDOM = 40;
    private static final int CHECKSUM = 8;

    private CloudflareChecksum() {
    }

    static SecretCheck.Verdict check(String token) {
        return ChecksumSuffix.check(token, RANDOM, CHECKSUM, CloudflareChecksum::checksum);
    }

    /** The eight-character lower-case hex CRC32 of {@code random}. */
    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
