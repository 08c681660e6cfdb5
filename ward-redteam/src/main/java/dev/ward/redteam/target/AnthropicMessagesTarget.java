package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Anthropic Messages API: {@code POST /v1/messages} with {@code x-api-key} and {@code anthropic-version}. */
public final class AnthropicMessagesTarget implements ChatTarget {

    static final String API_VERSION = "2023-06-01";

    private final URI endpoint;
    private final String model;
    private final ApiKey key;
    private final HttpJsonTransport transport;

    public AnthropicMessagesTarget(String baseUrl, String model, ApiKey key, HttpJsonTransport transport) {
        String base = OpenAiChatTarget.stripSlash(baseUrl);
        this.endpoint = URI.create(base.endsWith("/messages") ? base : base.endsWith("/v1") ? base + "/messages" : base + "/v1/messages");
        this.model = model;
        this.key = key;
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", request.sampling().maxTokens());
        if (!request.systemPrompt().isEmpty()) {
            body.put("system", request.systemPrompt());
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatTurn turn : request.turns()) {
            messages.addObject().put("role", turn.role().name().toLowerCase(Locale.ROOT)).put("content", turn.text());
        }
        body.put("temperature", Math.min(1.0, request.sampling().temperature()));
        if (request.sampling().topP() != null) {
            body.put("top_p", request.sampling().topP());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("anthropic-version", API_VERSION);
        if (key != null) {
            headers.put("x-api-key", key.reveal());
        }
        JsonNode answer = transport.postJson(endpoint, headers, body, null);
        StringBuilder text = new StringBuilder();
        for (JsonNode block : answer.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        String stop = answer.path("stop_reason").asText("");
        JsonNode usage = answer.path("usage");
        // stop_reason "refusal" comes from Anthropic's streaming safety classifier, not the model's own answer.
        return new ChatReply(text.toString(), usage.path("input_tokens").asInt(request.estimatedInputTokens()),
                usage.path("output_tokens").asInt(text.length() / 4), "refusal".equals(stop), stop);
    }

    @Override
    public String describe() {
        return "anthropic " + endpoint + " model=" + model;
    }
}
