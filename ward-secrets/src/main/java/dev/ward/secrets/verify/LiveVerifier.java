package dev.ward.secrets.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks providers whether credentials work (opt-in with {@code --verify}). One request per distinct credential
 * (results cached by its hash), no redirects followed (a redirect could carry the credential to another host),
 * and a 429 is waited out as its {@code Retry-After} says, a bounded number of times.
 */
public final class LiveVerifier {

    static final int MAX_RETRIES = 2;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final int MAX_BODY = 64 * 1024;

    /** How waiting happens; tests substitute one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<ProviderCheck> checks;
    private final Map<String, URI> standIns;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final Map<String, Verification> cache = new ConcurrentHashMap<>();

    public LiveVerifier() {
        this(ProviderChecks.standard(), Map.of(), Duration.ofSeconds(10), d -> Thread.sleep(d));
    }

    /**
     * For tests only: {@code standIns} maps a provider name to a loopback stand-in that replaces that provider's
     * base URI. Not reachable from the command line.
     */
    LiveVerifier(List<ProviderCheck> checks, Map<String, URI> standIns, Duration timeout, Sleeper sleeper) {
        this.checks = List.copyOf(checks);
        this.standIns = Map.copyOf(standIns);
        this.timeout = timeout;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /** The provider check that would receive this credential, if any. */
    public Optional<ProviderCheck> checkFor(String provider, String secret) {
        return checks.stream().filter(c -> c.accepts(provider, secret)).findFirst();
    }

    /** Verifies a credential with its own provider; empty when Ward cannot verify this kind of credential. */
    public Optional<Verification> verify(String provider, String secret) {
        Optional<ProviderCheck> check = checkFor(provider, secret);
        return check.map(c -> cache.computeIfAbsent(c.provider() + ":" + sha256(secret), key -> ask(c, secret)));
    }

    private Verification ask(ProviderCheck check, String secret) {
        URI origin = standIns.getOrDefault(check.provider(), check.base());
        String host = check.base().getHost();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(check.request(origin, secret, timeout), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return Verification.unknown("no answer from " + host + ": " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Verification.unknown("interrupted");
            }
            String body = new String(response.body(), 0, Math.min(response.body().length, MAX_BODY), StandardCharsets.UTF_8);
            Verification verdict = check.reading().read(response.statusCode(), body, host);
            if (response.statusCode() != 429 || verdict.state() != Verification.State.UNKNOWN) {
                return verdict;
            }
            if (attempt >= MAX_RETRIES) {
                return Verification.unknown("rate limited by " + host + " (HTTP 429) after " + (attempt + 1) + " tries");
            }
            try {
                sleeper.sleep(retryAfter(response));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Verification.unknown("interrupted");
            }
        }
    }

    /** Retry-After in seconds (the form APIs use), capped; 2 s, 4 s when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            if (header.isPresent()) {
                Duration asked = Duration.ofSeconds(Math.max(0, Long.parseLong(header.get().trim())));
                return asked.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : asked;
            }
        } catch (NumberFormatException e) {
            // An HTTP date or garbage: fall back to the default wait.
        }
        return Duration.ofSeconds(2);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
