package dev.ward.secrets.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback HTTP server standing in for one provider's read-only endpoint: same path, same credential header,
 * same status codes and JSON bodies as the real API. It records which credentials reached it.
 */
final class ProviderStandIn implements AutoCloseable {

    /** What the stand-in answers: status, body and extra headers. */
    record Answer(int status, String body, List<String> headers) {
        static Answer of(int status, String body) {
            return new Answer(status, body, List.of());
        }
    }

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    private ProviderStandIn(Function<String, String> credentialOf, Function<String, Answer> answerFor) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String credential = credentialOf.apply(header(exchange));
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            received.add(credential == null ? "" : credential);
            respond(exchange, answerFor.apply(credential));
        });
        server.start();
    }

    private static String header(HttpExchange exchange) {
        String key = exchange.getRequestHeaders().getFirst("x-api-key");
        if (key != null) {
            return "x-api-key " + key;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth == null ? "" : auth;
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
            exchange.getResponseHeaders().add(answer.headers().get(i), answer.headers().get(i + 1));
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** A provider that accepts the given credentials with {@code ok} and rejects others with {@code rejected}. */
    static ProviderStandIn of(Set<String> valid, Answer ok, Answer rejected) throws IOException {
        return new ProviderStandIn(ProviderStandIn::credential, c -> valid.contains(c) ? ok : rejected);
    }

    /** A stand-in with a scripted sequence of answers, the last one repeating. */
    static ProviderStandIn scripted(List<Answer> answers) throws IOException {
        List<Answer> queue = new ArrayList<>(answers);
        return new ProviderStandIn(ProviderStandIn::credential, c -> queue.size() > 1 ? queue.removeFirst() : queue.getFirst());
    }

    private static String credential(String header) {
        if (header.startsWith("Bearer ")) {
            return header.substring("Bearer ".length());
        }
        if (header.startsWith("x-api-key ")) {
            return header.substring("x-api-key ".length());
        }
        return header.isEmpty() ? null : header;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<String> received() {
        return received;
    }

    List<String> paths() {
        return paths;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
