package dev.ward.detect;

import java.util.Locale;
import java.util.Map;

/**
 * Offline structural checks a regex cannot express, named by a rule's {@code check} field. A check sees the match
 * in its text, and may reject it, raise or lower its confidence, and add attributes read from the value.
 */
public enum SecretCheck {
    NONE {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return Verdict.KEEP;
        }
    },
    /** A JSON Web Token: header JSON with {@code alg}, payload JSON; an {@code exp} in the past lowers confidence. */
    JWT {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return JwtStructure.check(text.subSequence(start, end).toString());
        }
    },
    /** GitHub classic and npm tokens: the last six characters are the base62 CRC32 of the thirty before them. */
    BASE62_CRC32 {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return Base62Checksum.check(text.subSequence(start, end).toString());
        }
    },
    /** OpenAI keys carry "T3BlbkFJ", base64 of "OpenAI". */
    OPENAI_MARKER {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return marker(text.subSequence(start, end).toString().contains("T3BlbkFJ"));
        }
    },
    /** Groq keys carry "WGdyb3FY", base64 of "Xgroq", after twenty random characters. */
    GROQ_MARKER {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            String key = text.subSequence(start, end).toString();
            return marker(key.length() == 56 && key.startsWith("WGdyb3FY", 24));
        }
    },
    /** Anthropic keys end in "AA". */
    ANTHROPIC_SUFFIX {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return marker(text.subSequence(start, end).toString().endsWith("AA"));
        }
    },
    /** AWS access key ids of the current format encode the account id; it is decoded into an attribute. */
    AWS_ACCESS_KEY_ID {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return AwsAccessKeyId.check(text.subSequence(start, end).toString());
        }
    },
    /**
     * Atlassian Data Center (Jira, Confluence, Bitbucket) personal access tokens: 44 base64 characters that decode to
     * a 12-digit token id, ':' and 20 random bytes.
     */
    ATLASSIAN_DC_PAT {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            byte[] raw;
            try {
                raw = java.util.Base64.getDecoder().decode(text.subSequence(start, end).toString());
            } catch (IllegalArgumentException e) {
                return Verdict.REJECT;
            }
            if (raw.length != 33 || raw[12] != ':') {
                return Verdict.REJECT;
            }
            for (int i = 0; i < 12; i++) {
                if (raw[i] < '0' || raw[i] > '9') {
                    return Verdict.REJECT;
                }
            }
            return Verdict.VALID;
        }
    },
    /** age identities: Bech32 with its six-character checksum; a value that fails it is no key age wrote. */
    BECH32 {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return Bech32Checksum.valid(text.subSequence(start, end).toString()) ? Verdict.VALID : Verdict.REJECT;
        }
    },
    /** Cloudflare's scannable tokens: forty characters and their CRC32 in hex. */
    CLOUDFLARE_CRC32 {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return CloudflareChecksum.check(text.subSequence(start, end).toString());
        }
    },
    /** A Google service-account key file: type, project_id, private_key_id, client_email beside the PEM key. */
    SERVICE_ACCOUNT_JSON {
        @Override
        Verdict check(CharSequence text, int start, int end) {
            return ServiceAccountJson.check(text, start, end);
        }
    };

    /**
     * What a check says about a match.
     *
     * @param accepted   false vetoes the match
     * @param confidence the new confidence, or null to keep the rule's
     * @param attributes facts read from the value (never the value itself)
     */
    record Verdict(boolean accepted, Confidence confidence, Map<String, String> attributes) {
        static final Verdict KEEP = new Verdict(true, null, Map.of());
        static final Verdict REJECT = new Verdict(false, null, Map.of());
        static final Verdict VALID = new Verdict(true, Confidence.STRUCTURALLY_VALID, Map.of());
        static final Verdict UNCHECKED = new Verdict(true, Confidence.PATTERN_ONLY, Map.of());

        static Verdict valid(Map<String, String> attributes) {
            return new Verdict(true, Confidence.STRUCTURALLY_VALID, attributes);
        }

        static Verdict patternOnly(Map<String, String> attributes) {
            return new Verdict(true, Confidence.PATTERN_ONLY, attributes);
        }
    }

    abstract Verdict check(CharSequence text, int start, int end);

    /** Whether a value passes; for rules files and tests that only need a yes or no. */
    boolean accepts(String secret) {
        return check(secret, 0, secret.length()).accepted();
    }

    private static Verdict marker(boolean present) {
        return present ? Verdict.VALID : Verdict.UNCHECKED;
    }

    static SecretCheck parse(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
