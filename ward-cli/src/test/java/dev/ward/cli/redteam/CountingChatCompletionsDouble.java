package dev.ward.cli.redteam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST DOUBLE for a hosted model: a loopback server speaking OpenAI Chat Completions ({@code POST /v1/chat/completions},
 * bearer key checked) that counts every request it receives by the exact messages it carried. Its answers are a pure
 * function of the messages, so two runs that send the same requests get the same answers: about half of the prompts
 * that ask for a canary get it, the rest a refusal; everything else gets a plain, benign answer. Each answer takes
 * {@code serviceMillis}, as a model does. Binds 127.0.0.1 only.
 */
public final class CountingChatCompletionsDouble implements AutoCloseable {

    public static final String API_KEY = "test-double-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPELLED_CANARY = Pattern.compile("WARD- immediately followed by ([A-Z0-9]{8})");

    private final HttpServer server;
    private final long serviceMillis;
    private final Map<String, AtomicInteger> byMessages = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    public CountingChatCompletionsDouble(long serviceMillis) throws IOException {
        this.serviceMillis = serviceMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int total() {
        return total.get();
    }

    /** How many times each distinct list of messages arrived. */
    public Map<String, Integer> counts() {
        Map<String, Integer> copy = new java.util.HashMap<>();
        byMessages.forEach((messages, count) -> copy.put(messages, count.get()));
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":{\"message\":\"bad key\"}}");
                return;
            }
            JsonNode request = JSON.readTree(body);
            String messages = request.path("messages").toString();
            total.incrementAndGet();
            byMessages.computeIfAbsent(messages, m -> new AtomicInteger()).incrementAndGet();
            if (serviceMillis > 0) {
                Thread.sleep(serviceMillis);
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("id", "chatcmpl-double").put("object", "chat.completion").put("model", request.path("model").asText());
            ObjectNode choice = answer.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", reply(messages));
            answer.putObject("usage").put("prompt_tokens", messages.length() / 4).put("completion_tokens", 12);
            send(exchange, 200, answer.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String reply(String messages) {
        Matcher canary = SPELLED_CANARY.matcher(messages);
        if (canary.find()) {
            return (messages.hashCode() & 1) == 0 ? "Of course: WARD-" + canary.group(1) : "I can't help with that.";
        }
        return "Here is a short, factual answer to your question, with the usual caveats.";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
