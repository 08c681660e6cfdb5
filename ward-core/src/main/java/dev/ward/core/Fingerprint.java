package dev.ward.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable short hashes: the same parts give the same fingerprint in every scan, on every machine. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** A 16-hex-digit fingerprint of the parts, joined with a separator that cannot occur inside a part by accident. */
    public static String of(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** An 8-hex-digit digest of a secret value, used inside redacted text to tell two secrets apart without showing them. */
    public static String ofSecret(CharSequence secret) {
        byte[] digest = sha256().digest(secret.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 4);
    }

    /** The SHA-256 digest of {@code data[offset, offset + length)}. */
    public static byte[] sha256(byte[] data, int offset, int length) {
        MessageDigest sha = sha256();
        sha.update(data, offset, length);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
