package dev.ward.secrets.verify;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every provider Ward can verify against, registered here and only here. Each uses the provider's documented
 * read-only endpoint: list models, who-am-I, or account balance. Nothing is created, changed or spent.
 */
public final class ProviderChecks {

    private static final Map<String, String> BEARER = Map.of("Authorization", "Bearer {}");

    private ProviderChecks() {
    }

    public static List<ProviderCheck> standard() {
        return List.of(
                new ProviderCheck("OpenAI", URI.create("https://api.openai.com"), "/v1/models",
                        Pattern.compile("sk-(?:proj-|svcacct-|None-)?[A-Za-z0-9_-]{20,200}"), BEARER, ProviderChecks::openAi),
                new ProviderCheck("Anthropic", URI.create("https://api.anthropic.com"), "/v1/models",
                        Pattern.compile("sk-ant-api\\d{2}-[A-Za-z0-9_-]{80,120}"),
                        Map.of("x-api-key", "{}", "anthropic-version", "2023-06-01"), ProviderChecks::statusWithForbiddenValid),
                new ProviderCheck("DeepSeek", URI.create("https://api.deepseek.com"), "/models",
                        Pattern.compile("sk-[a-f0-9]{32}"), BEARER, ProviderChecks::status),
                new ProviderCheck("Groq", URI.create("https://api.groq.com"), "/openai/v1/models",
                        Pattern.compile("gsk_[A-Za-z0-9]{48,60}"), BEARER, ProviderChecks::status),
                new ProviderCheck("Hugging Face", URI.create("https://huggingface.co"), "/api/whoami-v2",
                        Pattern.compile("hf_[A-Za-z0-9]{30,40}"), BEARER, ProviderChecks::status),
                new ProviderCheck("GitHub", URI.create("https://api.github.com"), "/user",
                        Pattern.compile("(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{50,255})"),
                        Map.of("Authorization", "Bearer {}", "Accept", "application/vnd.github+json"), ProviderChecks::status),
                new ProviderCheck("Slack", URI.create("https://slack.com"), "/api/auth.test",
                        Pattern.compile("xox[bpae]-[A-Za-z0-9-]{10,250}"), BEARER, ProviderChecks::slack),
                new ProviderCheck("Stripe", URI.create("https://api.stripe.com"), "/v1/balance",
                        Pattern.compile("[rs]k_(?:live|test)_[A-Za-z0-9]{10,247}"), BEARER, ProviderChecks::statusWithForbiddenValid));
    }

    /** 200 works, 401 rejected, anything else unclear. */
    static Verification status(int status, String body, String host) {
        return switch (status) {
            case 200 -> Verification.verified("HTTP 200 from " + host);
            case 401 -> Verification.invalid("HTTP 401 from " + host);
            default -> Verification.unknown("HTTP " + status + " from " + host);
        };
    }

    /** As {@link #status}, and 403 means a valid credential without this permission (a restricted key). */
    static Verification statusWithForbiddenValid(int status, String body, String host) {
        if (status == 403) {
            return Verification.verified("HTTP 403 from " + host + ": valid but restricted");
        }
        return status(status, body, host);
    }

    /** OpenAI answers 429 {@code insufficient_quota} for a key that works but has no credit left. */
    static Verification openAi(int status, String body, String host) {
        if (status == 429 && body.contains("insufficient_quota")) {
            return Verification.verified("HTTP 429 insufficient_quota from " + host + ": valid, no credit");
        }
        return status(status, body, host);
    }

    /** Slack answers 200 with {@code "ok": true|false} and an error code. */
    static Verification slack(int status, String body, String host) {
        if (status != 200) {
            return Verification.unknown("HTTP " + status + " from " + host);
        }
        String compact = body.replace(" ", "");
        if (compact.contains("\"ok\":true")) {
            return Verification.verified("auth.test ok from " + host);
        }
        for (String rejected : List.of("invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive")) {
            if (compact.contains("\"" + rejected + "\"")) {
                return Verification.invalid("auth.test " + rejected + " from " + host);
            }
        }
        return Verification.unknown("auth.test gave no clear answer from " + host);
    }
}
