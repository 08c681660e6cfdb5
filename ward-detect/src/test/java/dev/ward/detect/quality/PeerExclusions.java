package dev.ward.detect.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Peer samples that the overall figure leaves out, each with the reason it is wrong or out of Ward's scope. The
 * benchmark still scores them and prints their tally beside the overall figure, and the figure with them counted,
 * so that nothing disappears. Keep this list short; every entry must say why. Samples are named by a hash of their
 * text (gitleaks), their snapshot (secretlint) or their file and line (CredSweeper), so no peer text is copied here.
 */
final class PeerExclusions {

    static final String PEER_LITERAL_ALLOWLIST = "negative only because the peer allow-lists this exact key by value"
            + " (a widely published, structurally valid key); Ward does not copy peers' lists";
    static final String PLACEHOLDER = "placeholder: the expected value is a run of one character (8 or more) or says"
            + " EXAMPLE; Ward rejects such values on purpose (issue 3: placeholders), and gitleaks' own negatives"
            + " agree";

    static final String NOT_AWS_KEY_ID = "not an AWS access key id: the characters after AKIA include 0, 1, 8 or 9,"
            + " outside the base32 alphabet every key id is written in";

    static final String PUBLIC_BY_DESIGN = "a Stripe publishable key (pk_): public by design, Stripe documents"
            + " putting it in client code; not a credential";

    /** gitleaks samples by the first 16 hex digits of the SHA-256 of their text. */
    private static final Map<String, String> GITLEAKS = Map.of(
            "f8c792f8e908ff42", "no credential in the sample: only the line '\"type\": \"service_account\"' of a"
                    + " key file, without its private key",
            "94d36be7b191bd7c", "a well-formed Mailchimp key (32 hex digits and a -usNN data centre) passed to the"
                    + " SDK's initialiser: a credential; the peer's negative reflects its regex's need for an"
                    + " assignment, not a non-secret");

    /** secretlint snapshots, as {@code rule/snapshot}. */
    private static final Map<String, String> SECRETLINT = Map.of(
            "secretlint-rule-azure/ng.ad_tenant_id", "an Entra tenant id (a UUID) is an identifier, not a credential",
            "secretlint-rule-azure/ng.azure_client_id", "an Entra client id (a UUID) is an identifier, not a"
                    + " credential");

    /** secretlint snapshots whose Ward detections that match no expected message are not counted as false. */
    private static final Map<String, String> SECRETLINT_UNEXPECTED = Map.of(
            "secretlint-rule-basicauth/ng.real-credentials", "the fixture's own comment says every URL in it holds a"
                    + " real credential that SHOULD be detected; secretlint's output misses two (a password with '@',"
                    + " one with '!'), which Ward finds");

    /** CredSweeper expected findings (and Ward detections), as {@code file:line}. */
    private static final Map<String, String> CREDSWEEPER = Map.of(
            "aws_multi.json:3", NOT_AWS_KEY_ID,
            "aws_multi.json:53", NOT_AWS_KEY_ID,
            "aws_multi.md:7", NOT_AWS_KEY_ID,
            "sample.tm7:3", NOT_AWS_KEY_ID,
            "stripe_credentials:3", PUBLIC_BY_DESIGN,
            "stripe_credentials:6", PUBLIC_BY_DESIGN,
            "posthog:1", "a PostHog project API key (phc_): write-only and public by design, PostHog documents"
                    + " embedding it in web pages; not a credential",
            "small.pdf:15", "the Azure client secret that CredSweeper reports in azure_secret_value, here inside a"
                    + " PDF text stream that CredSweeper does not open at depth 0; Ward finding it is right");

    private static final Pattern RUN = Pattern.compile("(.)\\1{7}|(?i:example)");

    /**
     * CredSweeper findings ({@code file:line}) whose value holds a run of A's by its format, not as a placeholder: an
     * X app-only bearer token (21 A's) and a Dropbox long-lived token (ten A's), the base64 of zero bytes.
     */
    private static final Set<String> STRUCTURAL_RUNS = Set.of("twitter-x:1", "dropbox_api_secret_long_term:1");

    private PeerExclusions() {
    }

    static Optional<String> gitleaks(String rule, boolean positive, String text, Set<String> peerLiterals) {
        String reason = GITLEAKS.get(sha256(text));
        if (reason != null) {
            return Optional.of(reason);
        }
        if (!positive && peerLiterals.contains(rule + "\u0000" + text)) {
            return Optional.of(PEER_LITERAL_ALLOWLIST);
        }
        return Optional.empty();
    }

    static Optional<String> secretlint(String rule, String snapshot, String expectedValue) {
        String reason = SECRETLINT.get(rule + "/" + snapshot);
        if (reason != null) {
            return Optional.of(reason);
        }
        return expectedValue != null && RUN.matcher(expectedValue).find() ? Optional.of(PLACEHOLDER) : Optional.empty();
    }

    static Optional<String> secretlintUnexpected(String rule, String snapshot) {
        return Optional.ofNullable(SECRETLINT_UNEXPECTED.get(rule + "/" + snapshot));
    }

    static Optional<String> credSweeper(String file, int line, String expectedValue) {
        String reason = CREDSWEEPER.get(file + ":" + line);
        if (reason != null) {
            return Optional.of(reason);
        }
        if (STRUCTURAL_RUNS.contains(file + ":" + line)) {
            return Optional.empty();
        }
        return expectedValue != null && RUN.matcher(expectedValue).find() ? Optional.of(PLACEHOLDER) : Optional.empty();
    }

    /**
     * The literal values in gitleaks' per-rule allow-lists ({@code gitleaks.toml}), as {@code rule NUL value}: plain
     * strings only, no regexes.
     */
    static Set<String> gitleaksLiteralAllowlist(Path datasets) throws IOException {
        Set<String> literals = new HashSet<>();
        Path toml = datasets.resolve("gitleaks.toml");
        if (!Files.exists(toml)) {
            return literals;
        }
        String rule = null;
        boolean inAllowlist = false;
        for (String line : Files.readAllLines(toml)) {
            String t = line.trim();
            if (t.equals("[[rules]]")) {
                rule = null;
                inAllowlist = false;
            } else if (t.startsWith("id = \"") && rule == null) {
                rule = t.substring(6, t.length() - 1);
            } else if (t.equals("[[rules.allowlists]]")) {
                inAllowlist = true;
            } else if (inAllowlist && rule != null && t.startsWith("'''") && t.endsWith("''',")) {
                String value = t.substring(3, t.length() - 4);
                if (value.matches("[A-Za-z0-9_-]+")) {
                    literals.add(rule + "\u0000" + value);
                }
            }
        }
        return literals;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
