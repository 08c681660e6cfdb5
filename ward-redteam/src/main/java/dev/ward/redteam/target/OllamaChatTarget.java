package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** Ollama's native {@code POST /api/chat} with {@code stream: false}. */
public final class OllamaChatTarget implements ChatTarget {

    private final URI endpoint;
    private final String model;
    private final HttpJsonTransport transport;

    public OllamaChatTarget(String baseUrl, String model, HttpJsonTransport transport) {
        String base = OpenAiChatTarget.stripSlash(baseUrl);
        this.endpoint = URI.create(base.endsWith("/api/chat") ? base : base + "/api/chat");
        this.model = model;
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        body.put("model", model);
        body.put("stream", false);
        ArrayNode messages = body.putArray("messages");
        if (!request.systemPrompt().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.systemPrompt());
        }
        for (ChatTurn turn : request.turns()) {
            messages.addObject().put("role", turn.role().name().toLowerCase(Locale.ROOT)).put("content", turn.text());
        }
        ObjectNode options = body.putObject("options");
        options.put("temperature", request.sampling().temperature());
        if (request.sampling().topP() != null) {
            options.put("top_p", request.sampling().topP());
        }
        options.put("num_predict", request.sampling().maxTokens());
        JsonNode answer = transport.postJson(endpoint, Map.of(), body, null);
        if (answer.has("error")) {
            throw new TargetException("Ollama error: " + answer.path("error").asText(), 200);
        }
        String text = answer.path("message").path("content").asText("");
        return new ChatReply(text, answer.path("prompt_eval_count").asInt(request.estimatedInputTokens()),
                answer.path("eval_count").asInt(text.length() / 4), false, answer.path("done_reason").asText(""));
    }

    @Override
    public String describe() {
        return "ollama " + endpoint + " model=" + model;
    }
}
