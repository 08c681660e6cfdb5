package dev.ward.detect;

import dev.ward.core.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A key-store check: a PKCS#12 file that holds a private key and opens with one of these well-known passwords. It has
 * no pattern, since the file's bytes are opened rather than matched, so it is listed in {@link KnownPasswordKeyStore}
 * rather than in the regex rules files; its id shares their namespace and must not clash with one of theirs.
 *
 * @param passwords the passwords tried, in order: published defaults, never secrets in themselves
 */
public record KeyStoreRule(String id, String label, String provider, Severity severity, List<String> passwords) {

    public KeyStoreRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(severity, "severity");
        passwords = List.copyOf(passwords);
    }
}
