package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POSTs JSON and reads JSON back, retrying 429 and 5xx with backoff that honours Retry-After. Plain {@code http://}
 * goes through {@link KeepAliveHttp1Client} (pooled keep-alive sockets, no selector thread); {@code https://} through the
 * JDK's HttpClient, created on first use. Thread-safe.
 */
public final class HttpJsonTransport {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The JDK client is built only when an https target is used; building it starts a selector thread. */
    private static final class SharedJdkClient {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    private final HttpClient client;
    private final KeepAliveHttp1Client plainHttp = new KeepAliveHttp1Client(CONNECT_TIMEOUT);
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final AtomicLong requestsSent = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public HttpJsonTransport(RetryPolicy retryPolicy, Duration requestTimeout) {
        this(null, retryPolicy, requestTimeout);
    }

    /** @param client the client for https targets; null for the shared one */
    public HttpJsonTransport(HttpClient client, RetryPolicy retryPolicy, Duration requestTimeout) {
        this.client = client;
        this.retryPolicy = retryPolicy;
        this.requestTimeout = requestTimeout;
    }

    public static HttpJsonTransport standard() {
        return new HttpJsonTransport(RetryPolicy.DEFAULT, Duration.ofSeconds(120));
    }

    /** HTTP requests put on the wire, retries included. */
    public long requestsSent() {
        return requestsSent.get();
    }

    public long retries() {
        return retries.get();
    }

    public JsonNode postJson(URI uri, Map<String, String> headers, JsonNode body, RequestSigner signer) throws TargetException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new TargetException("cannot encode request: " + e.getMessage(), e);
        }
        return tree(uri, exchange(uri, headers, bytes, signer));
    }

    /** POSTs an encoded body and returns the successful answer as it came, for a caller that reads it as a stream. */
    KeepAliveHttp1Client.Reply postBytes(URI uri, Map<String, String> headers, byte[] body, RequestSigner signer) throws TargetException {
        return exchange(uri, headers, body, signer);
    }

    /** The answer as a JSON tree, or a failure naming the host when it is not JSON. */
    static JsonNode tree(URI uri, KeepAliveHttp1Client.Reply response) throws TargetException {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new TargetException("answer from " + uri.getHost() + " is not JSON (HTTP " + response.status() + ")", response.status());
        }
    }

    private KeepAliveHttp1Client.Reply send(URI uri, Map<String, String> headers, byte[] body, RequestSigner signer)
            throws IOException, InterruptedException {
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            Map<String, String> all = headers;
            if (signer != null) {
                all = new LinkedHashMap<>(headers);
                all.putIfAbsent("content-type", "application/json");
                all.putAll(signer.sign("POST", uri, all, body));
            }
            return plainHttp.post(uri, all, body, requestTimeout);
        }
        HttpClient https = client == null ? SharedJdkClient.CLIENT : client;
        HttpResponse<byte[]> response = https.send(build(uri, headers, body, signer), HttpResponse.BodyHandlers.ofByteArray());
        return new KeepAliveHttp1Client.Reply(response.statusCode(), response.headers().firstValue("retry-after").orElse(null),
                response.body());
    }

    private KeepAliveHttp1Client.Reply exchange(URI uri, Map<String, String> headers, byte[] body, RequestSigner signer) throws TargetException {
        int lastStatus = 0;
        String lastProblem = "";
        for (int attempt = 0; ; attempt++) {
            Duration wait = null;
            try {
                KeepAliveHttp1Client.Reply response = send(uri, headers, body, signer);
                requestsSent.incrementAndGet();
                lastStatus = response.status();
                if (lastStatus / 100 == 2) {
                    return response;
                }
                lastProblem = "HTTP " + lastStatus + " " + excerpt(response.body());
                if (!RetryPolicy.retriable(lastStatus)) {
                    throw new TargetException(lastProblem, lastStatus);
                }
                wait = response.retryAfter() == null ? null : parseRetryAfter(response.retryAfter()).orElse(null);
            } catch (IOException e) {
                requestsSent.incrementAndGet();
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TargetException("interrupted", e);
            }
            if (attempt >= retryPolicy.maxRetries()) {
                throw new TargetException("gave up after " + (attempt + 1) + " tries: " + lastProblem, lastStatus);
            }
            retries.incrementAndGet();
            sleep(wait == null ? backoff(attempt) : min(wait, retryPolicy.maxDelay()));
        }
    }

    private HttpRequest build(URI uri, Map<String, String> headers, byte[] body, RequestSigner signer) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("content-type", "application/json");
        if (signer != null) {
            all.putAll(signer.sign("POST", uri, all, body));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .version("http".equals(uri.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        all.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }

    private Duration backoff(int attempt) {
        long base = retryPolicy.baseDelay().toMillis() << Math.min(attempt, 16);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return min(Duration.ofMillis(jittered), retryPolicy.maxDelay());
    }

    static java.util.Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (RuntimeException notDate) {
                return java.util.Optional.empty();
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) throws TargetException {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted during backoff", e);
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
        return dev.ward.core.Redactor.standard().scrub(text.replaceAll("\\s+", " "));
    }
}
