package dev.ward.surface.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loopback HTTP server that replays a real product's documented replies (status, headers, body bytes) for the paths
 * Ward asks. It is a stand-in, named as one: it proves Ward parses the product's real wire format, not that the
 * product runs here. Unknown paths answer 404 like a Go or Python router.
 */
public final class HttpStandIn implements AutoCloseable {

    /** One canned reply. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }

        public static Reply text(String body) {
            return new Reply(200, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
        }

        public static Reply status(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body);
        }

        public Reply header(String name, String value) {
            Map<String, String> next = new LinkedHashMap<>(headers);
            next.put(name, value);
            return new Reply(status, next, body);
        }
    }

    private final String name;
    private final HttpServer server;

    /** @param routes keyed by {@code "GET /path?query"} or {@code "GET /path"}; bodies are the product's bytes */
    public HttpStandIn(String name, Map<String, Reply> routes) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String full = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String bare = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            Reply reply = routes.getOrDefault(full, routes.get(bare));
            if (reply == null) {
                reply = Reply.status(404, "text/plain; charset=utf-8", "404 page not found");
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
