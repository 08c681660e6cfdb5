package dev.ward.secrets.verify;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to ask one provider, read-only, whether a credential works. The host is fixed here in code: a credential is
 * sent to {@link #base()} and nowhere else, and only when its detection names this provider and its shape matches
 * {@link #shape()}.
 *
 * @param provider the provider name as detections carry it, e.g. {@code OpenAI}
 * @param base     the provider's API origin, e.g. {@code https://api.openai.com}
 * @param path     the read-only endpoint, e.g. {@code /v1/models}
 * @param shape    what a credential of this provider looks like; anything else is never sent
 * @param headers  how the credential travels: header name to value, with {@code {}} standing for the credential
 * @param reading  how the answer maps to verified / invalid / unknown
 */
public record ProviderCheck(String provider, URI base, String path, Pattern shape, Map<String, String> headers,
                            ResponseReading reading) {

    /** Interprets a provider's answer. */
    @FunctionalInterface
    public interface ResponseReading {
        Verification read(int status, String body, String host);
    }

    public boolean accepts(String provider, String secret) {
        return this.provider.equalsIgnoreCase(provider) && shape.matcher(secret).matches();
    }

    /** The request, against {@code origin} (the real base, or a test's stand-in). */
    HttpRequest request(URI origin, String secret, java.time.Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(origin.resolve(path)).GET().timeout(timeout)
                .header("User-Agent", "ward-secrets-verify");
        headers.forEach((name, value) -> builder.header(name, value.replace("{}", secret)));
        return builder.build();
    }
}
