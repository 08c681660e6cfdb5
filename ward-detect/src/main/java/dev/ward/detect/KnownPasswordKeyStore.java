package dev.ward.detect;

import dev.ward.core.Fingerprint;
import dev.ward.core.Severity;
import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds PKCS#12 key stores (.p12, .pfx) that hold a private key and open with a well-known password: Google Cloud's
 * legacy service-account keys, whose password is always {@code notasecret}, and stores protected by an empty or
 * default password. A file is opened with the JDK's PKCS12 key store only after {@link Pkcs12Outline} has read its
 * DER: it must carry a MAC (which is what proves the password), be at most {@link #MAX_BYTES} long, and cost at
 * most {@link #MAX_WORK_ITERATIONS} key-derivation iterations per password, so a hostile file cannot stall a scan.
 * Keys are never decrypted: the MAC proves the password, and the store lists its private-key entries.
 *
 * <p>The detection spans the whole file. Its value, which reports mask and fingerprint, is the SHA-256 of the file,
 * never key material. Thread-safe.
 */
public final class KnownPasswordKeyStore {

    /** Larger content is not opened: key stores that hold a key are a few kilobytes. */
    public static final int MAX_BYTES = 1 << 20;
    /**
     * Key-derivation iterations one password attempt may cost (MAC plus encrypted safes). OpenSSL writes 2,048 for
     * each, the JDK 10,000, the JDK's legacy settings 100,000 for the MAC and 50,000 for encryption.
     */
    public static final long MAX_WORK_ITERATIONS = 200_000;

    /** Every key-store check, in the order tried; the first whose password opens a file names the detection. */
    public static final List<KeyStoreRule> RULES = List.of(
            new KeyStoreRule("gcp-p12-service-account-key", "service-account key (PKCS#12 file)", "Google Cloud",
                    Severity.CRITICAL, List.of("notasecret")),
            new KeyStoreRule("pkcs12-private-key-weak-password", "private key in a PKCS#12 file with a well-known password",
                    "", Severity.HIGH, List.of("", "changeit", "changeme", "password")));

    private KnownPasswordKeyStore() {
    }

    /** The key-store check of this id. */
    public static Optional<KeyStoreRule> rule(String id) {
        return RULES.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * Whether the content starts like a PKCS#12 file (a DER SEQUENCE spanning it all, then version 3): a cheap test
     * that comes before {@link #find}.
     */
    public static boolean looksLikePkcs12(byte[] data, int offset, int length) {
        return length >= 16 && length <= MAX_BYTES && Pkcs12Outline.header(data, offset, length);
    }

    /**
     * The detection for {@code data[offset, offset + length)} when it is a PKCS#12 file that holds a private key and
     * opens with one of the rules' passwords; empty otherwise, including for any file that is malformed, too large,
     * too costly to open, or without a MAC. Never throws for bad content.
     */
    public static Optional<Detection> find(byte[] data, int offset, int length) {
        if (!looksLikePkcs12(data, offset, length)) {
            return Optional.empty();
        }
        Optional<Pkcs12Outline> outline = Pkcs12Outline.read(data, offset, length);
        if (outline.isEmpty() || !outline.get().mayHoldKey()
                || outline.get().workIterations() > MAX_WORK_ITERATIONS) {
            return Optional.empty();
        }
        for (KeyStoreRule rule : RULES) {
            for (String password : rule.passwords()) {
                if (opensWithPrivateKey(data, offset, length, password)) {
                    return Optional.of(detection(rule, password, data, offset, length));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean opensWithPrivateKey(byte[] data, int offset, int length, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(data, offset, length), password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class)) {
                    return true;
                }
            }
            return false;
        } catch (Exception | StackOverflowError e) {
            return false; // a wrong password or a broken file: not a finding
        }
    }

    private static Detection detection(KeyStoreRule rule, String password, byte[] data, int offset, int length) {
        String value = "sha256:" + HexFormat.of().formatHex(Fingerprint.sha256(data, offset, length));
        return new Detection(rule.id(), Category.SECRET, rule.label(), rule.provider(), offset, offset + length, value,
                Confidence.STRUCTURALLY_VALID, Map.of("format", "PKCS#12",
                        "password", password.isEmpty() ? "(empty)" : password));
    }
}
