package dev.ward.redteam.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The lean client against hand-written HTTP/1.1 answers from a loopback socket (TEST DOUBLE servers): chunked bodies,
 * a keep-alive connection the server closed while idle, and a server that never answers.
 */
class KeepAliveHttp1ClientTest {

    private final KeepAliveHttp1Client client = new KeepAliveHttp1Client(Duration.ofSeconds(2));

    /** Serves each connection with {@code answer(requestNumberOnConnection, out)}; closes after {@code perConnection}. */
    private static ServerSocket server(int perConnection, BiConsumer<Integer, OutputStream> answer, AtomicInteger connections) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    Thread.ofVirtual().start(() -> {
                        try (socket) {
                            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                            for (int n = 0; n < perConnection; n++) {
                                int length = 0;
                                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                    if (line.toLowerCase().startsWith("content-length:")) {
                                        length = Integer.parseInt(line.substring(15).trim());
                                    }
                                }
                                in.skip(length);
                                answer.accept(n, socket.getOutputStream());
                            }
                        } catch (IOException ignored) {
                            // client went away
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server;
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsChunkedAnswersAndReusesTheConnection() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = server(10, (n, out) -> write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\n{\"a\"\r\n5;ext=1\r\n:\"b\"}\r\n0\r\n\r\n"), connections)) {
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions");
            for (int i = 0; i < 3; i++) {
                KeepAliveHttp1Client.Reply reply = client.post(uri, Map.of("authorization", "Bearer k"), "{}".getBytes(), Duration.ofSeconds(5));
                assertThat(reply.status()).isEqualTo(200);
                assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"b\"}");
            }
            assertThat(connections.get()).as("one keep-alive connection").isEqualTo(1);
        }
    }

    @Test
    void sendsAgainOnAFreshConnectionWhenTheServerClosedAnIdleOne() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = server(1, (n, out) -> write(out, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Length: 2\r\n\r\n{}"),
                connections)) {
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/x");
            for (int i = 0; i < 3; i++) {
                KeepAliveHttp1Client.Reply reply = client.post(uri, Map.of(), "{}".getBytes(), Duration.ofSeconds(5));
                assertThat(reply.status()).isEqualTo(429);
                assertThat(reply.retryAfter()).isEqualTo("3");
                Thread.sleep(50); // let the server's close arrive, so the pooled connection is stale
            }
            assertThat(connections.get()).isEqualTo(3);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket server = server(1, (n, out) -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, new AtomicInteger())) {
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/x");
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.post(uri, Map.of(), "{}".getBytes(), Duration.ofMillis(500)))
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
        }
    }
}
