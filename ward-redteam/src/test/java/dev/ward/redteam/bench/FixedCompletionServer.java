package dev.ward.redteam.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * BENCHMARK DOUBLE: the fastest OpenAI-style endpoint the JDK offers, answering every request with one fixed chat
 * completion, optionally after a fixed service time, as a real model server spends time on each answer.
 * Loopback only. Usage: {@code FixedCompletionServer PORT [SERVICE_MILLIS]}.
 */
public final class FixedCompletionServer {

    private static final byte[] ANSWER = ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"model\":\"bench\","
            + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\","
            + "\"content\":\"I can't help with that.\"}}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":7,\"total_tokens\":27}}")
            .getBytes(StandardCharsets.UTF_8);

    private FixedCompletionServer() {
    }

    public static HttpServer start(int port) throws IOException {
        return start(port, 0);
    }

    public static HttpServer start(int port, long serviceMillis) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                if (serviceMillis > 0) {
                    try {
                        Thread.sleep(serviceMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                exchange.getResponseHeaders().add("content-type", "application/json");
                exchange.sendResponseHeaders(200, ANSWER.length);
                exchange.getResponseBody().write(ANSWER);
            }
        });
        server.start();
        return server;
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = start(Integer.parseInt(args.length > 0 ? args[0] : "18080"),
                args.length > 1 ? Long.parseLong(args[1]) : 0);
        System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort());
        Thread.currentThread().join();
    }
}
