package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gemini {@code generateContent}, on Vertex AI or the Gemini API. The URL decides which:
 * a full {@code ...:generateContent} URL is used as is; a Vertex base containing {@code /projects/P/locations/L} gets
 * {@code /publishers/google/models/MODEL:generateContent}; anything else is the Gemini API,
 * {@code /v1beta/models/MODEL:generateContent}. A Vertex access token goes in a bearer header, a Gemini API key in
 * {@code x-goog-api-key}. Model Garden endpoints serving other models (such as DeepSeek) speak OpenAI chat completions;
 * use the OpenAI target with the endpoint URL for those.
 */
public final class GeminiGenerateContentTarget implements ChatTarget {

    private static final Set<String> BLOCKING_FINISH = Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII");

    private final URI endpoint;
    private final ApiKey apiKey;
    private final ApiKey accessToken;
    private final HttpJsonTransport transport;

    public GeminiGenerateContentTarget(String baseUrl, String model, ApiKey apiKey, ApiKey accessToken, HttpJsonTransport transport) {
        String base = OpenAiChatTarget.stripSlash(baseUrl);
        String url;
        if (base.endsWith(":generateContent")) {
            url = base;
        } else if (base.contains("/projects/")) {
            url = base + "/publishers/google/models/" + model + ":generateContent";
        } else {
            url = base + "/v1beta/models/" + model + ":generateContent";
        }
        this.endpoint = URI.create(url);
        this.apiKey = apiKey;
        this.accessToken = accessToken;
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        if (!request.systemPrompt().isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", request.systemPrompt());
        }
        ArrayNode contents = body.putArray("contents");
        for (ChatTurn turn : request.turns()) {
            ObjectNode content = contents.addObject();
            content.put("role", turn.role() == ChatTurn.Role.USER ? "user" : "model");
            content.putArray("parts").addObject().put("text", turn.text());
        }
        ObjectNode config = body.putObject("generationConfig");
        config.put("temperature", request.sampling().temperature());
        if (request.sampling().topP() != null) {
            config.put("topP", request.sampling().topP());
        }
        config.put("maxOutputTokens", request.sampling().maxTokens());
        Map<String, String> headers = new LinkedHashMap<>();
        if (accessToken != null) {
            headers.put("authorization", "Bearer " + accessToken.reveal());
        } else if (apiKey != null) {
            headers.put("x-goog-api-key", apiKey.reveal());
        }
        JsonNode answer = transport.postJson(endpoint, headers, body, null);
        JsonNode usage = answer.path("usageMetadata");
        int in = usage.path("promptTokenCount").asInt(request.estimatedInputTokens());
        String blockReason = answer.path("promptFeedback").path("blockReason").asText("");
        if (!blockReason.isEmpty()) {
            return new ChatReply("", in, 0, true, blockReason);
        }
        JsonNode candidate = answer.path("candidates").path(0);
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            text.append(part.path("text").asText(""));
        }
        String finish = candidate.path("finishReason").asText("");
        return new ChatReply(text.toString(), in, usage.path("candidatesTokenCount").asInt(text.length() / 4),
                BLOCKING_FINISH.contains(finish) && text.isEmpty(), finish);
    }

    @Override
    public String describe() {
        return "gemini " + endpoint.getScheme() + "://" + endpoint.getAuthority() + endpoint.getPath();
    }
}
