package dev.ward.redteam.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TEST DOUBLE: one loopback HTTP server that speaks the real wire protocols of OpenAI Chat Completions (and Azure),
 * Anthropic Messages, Ollama /api/chat, Gemini generateContent and Bedrock Converse (checking SigV4 server-side), plus
 * a custom JSON app. Answers come from a scripted {@link ModelBehaviour}. Binds 127.0.0.1 only.
 */
public final class ModelWireDouble implements AutoCloseable {

    public static final String API_KEY = "test-key-0123456789abcdef";
    public static final String AWS_ACCESS_KEY = "AKIDEXAMPLE";
    public static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ModelBehaviour behaviour;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tooManyRequestsLeft = new AtomicInteger();
    private volatile String retryAfter = "1";
    private final List<String> rejections = java.util.Collections.synchronizedList(new ArrayList<>());

    public ModelWireDouble(ModelBehaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests received, including those answered with 429. */
    public int requests() {
        return requests.get();
    }

    public List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** The next {@code count} requests get 429 with the given Retry-After. */
    public void throttleNext(int count, String retryAfterValue) {
        this.retryAfter = retryAfterValue;
        tooManyRequestsLeft.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (tooManyRequestsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
                send(exchange, 429, "{\"error\":{\"message\":\"rate limited\"}}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            JsonNode request = JSON.readTree(body);
            String answer;
            if (path.endsWith("/converse")) {
                String problem = SigV4Verifier.problem(exchange, body, AWS_ACCESS_KEY, AWS_SECRET);
                if (problem != null) {
                    reject(exchange, 403, "signature: " + problem);
                    return;
                }
                answer = bedrock(request);
            } else if (path.endsWith("/chat/completions")) {
                boolean azure = path.contains("/openai/deployments/");
                String auth = azure ? exchange.getRequestHeaders().getFirst("api-key") : exchange.getRequestHeaders().getFirst("authorization");
                if (!(azure ? API_KEY : "Bearer " + API_KEY).equals(auth)
                        || (azure && !String.valueOf(exchange.getRequestURI().getQuery()).startsWith("api-version="))) {
                    reject(exchange, 401, "openai auth");
                    return;
                }
                answer = openAi(request);
            } else if (path.equals("/v1/messages")) {
                if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("x-api-key"))
                        || exchange.getRequestHeaders().getFirst("anthropic-version") == null) {
                    reject(exchange, 401, "anthropic auth");
                    return;
                }
                answer = anthropic(request);
            } else if (path.equals("/api/chat")) {
                answer = ollama(request);
            } else if (path.endsWith(":generateContent")) {
                if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("x-goog-api-key"))) {
                    reject(exchange, 403, "gemini auth");
                    return;
                }
                answer = gemini(request);
            } else if (path.equals("/app/ask")) {
                String text = behaviour.reply("", List.<String[]>of(new String[] {"user", request.path("input").path("question").asText()}));
                ObjectNode out = JSON.createObjectNode();
                out.putObject("data").put("answer", text);
                answer = out.toString();
            } else {
                reject(exchange, 404, "no route " + path);
                return;
            }
            send(exchange, 200, answer);
        }
    }

    private String openAi(JsonNode request) {
        String system = "";
        List<String[]> turns = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            if (m.path("role").asText().equals("system")) {
                system = m.path("content").asText();
            } else {
                turns.add(new String[] {m.path("role").asText(), m.path("content").asText()});
            }
        }
        String text = behaviour.reply(system, turns);
        ObjectNode out = JSON.createObjectNode();
        out.put("id", "chatcmpl-double").put("object", "chat.completion").put("model", request.path("model").asText("azure"));
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        out.putObject("usage").put("prompt_tokens", 20).put("completion_tokens", text.length() / 4).put("total_tokens", 20 + text.length() / 4);
        return out.toString();
    }

    private String anthropic(JsonNode request) {
        List<String[]> turns = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            turns.add(new String[] {m.path("role").asText(), m.path("content").asText()});
        }
        String text = behaviour.reply(request.path("system").asText(""), turns);
        ObjectNode out = JSON.createObjectNode();
        out.put("id", "msg_double").put("type", "message").put("role", "assistant").put("stop_reason", "end_turn");
        out.putArray("content").addObject().put("type", "text").put("text", text);
        out.putObject("usage").put("input_tokens", 20).put("output_tokens", text.length() / 4);
        return out.toString();
    }

    private String ollama(JsonNode request) {
        String system = "";
        List<String[]> turns = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            if (m.path("role").asText().equals("system")) {
                system = m.path("content").asText();
            } else {
                turns.add(new String[] {m.path("role").asText(), m.path("content").asText()});
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("model", request.path("model").asText()).put("done", true).put("done_reason", "stop");
        out.putObject("message").put("role", "assistant").put("content", behaviour.reply(system, turns));
        out.put("prompt_eval_count", 20).put("eval_count", 30);
        return out.toString();
    }

    private String gemini(JsonNode request) {
        String system = request.path("systemInstruction").path("parts").path(0).path("text").asText("");
        List<String[]> turns = new ArrayList<>();
        for (JsonNode c : request.path("contents")) {
            turns.add(new String[] {c.path("role").asText().equals("model") ? "assistant" : "user", c.path("parts").path(0).path("text").asText()});
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode candidate = out.putArray("candidates").addObject();
        candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", behaviour.reply(system, turns));
        candidate.put("finishReason", "STOP");
        out.putObject("usageMetadata").put("promptTokenCount", 20).put("candidatesTokenCount", 30);
        return out.toString();
    }

    private String bedrock(JsonNode request) {
        String system = request.path("system").path(0).path("text").asText("");
        List<String[]> turns = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            turns.add(new String[] {m.path("role").asText(), m.path("content").path(0).path("text").asText()});
        }
        ObjectNode out = JSON.createObjectNode();
        out.putObject("output").putObject("message").put("role", "assistant").putArray("content").addObject()
                .put("text", behaviour.reply(system, turns));
        out.put("stopReason", "end_turn");
        out.putObject("usage").put("inputTokens", 20).put("outputTokens", 30).put("totalTokens", 50);
        return out.toString();
    }

    private void reject(HttpExchange exchange, int status, String why) throws IOException {
        rejections.add(why);
        send(exchange, status, "{\"message\":\"" + why.replace("\"", "'") + "\"}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
