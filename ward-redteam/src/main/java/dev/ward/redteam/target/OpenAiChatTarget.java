package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * OpenAI Chat Completions and everything that speaks it: OpenAI, DeepSeek, vLLM, Ollama {@code /v1}, llama.cpp,
 * LM Studio, and Azure OpenAI. A base URL that contains {@code /openai/deployments/} is Azure: the deployment is in the
 * path, {@code api-version} goes in the query and the key in an {@code api-key} header instead of a bearer token.
 */
public final class OpenAiChatTarget implements ChatTarget {

    private final URI endpoint;
    private final String model;
    private final ApiKey key;
    private final boolean azure;
    private final HttpJsonTransport transport;

    public OpenAiChatTarget(String baseUrl, String model, ApiKey key, String azureApiVersion, HttpJsonTransport transport) {
        String base = stripSlash(baseUrl);
        this.azure = base.contains("/openai/deployments/");
        String path = base.endsWith("/chat/completions") ? base : base + "/chat/completions";
        if (azure) {
            String version = azureApiVersion == null || azureApiVersion.isBlank() ? "2024-10-21" : azureApiVersion;
            path = path + (path.contains("?") ? "&" : "?") + "api-version=" + version;
        }
        this.endpoint = URI.create(path);
        this.model = model;
        this.key = key;
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        if (!azure && model != null) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        if (!request.systemPrompt().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.systemPrompt());
        }
        for (ChatTurn turn : request.turns()) {
            messages.addObject().put("role", turn.role().name().toLowerCase(Locale.ROOT)).put("content", turn.text());
        }
        body.put("temperature", request.sampling().temperature());
        if (request.sampling().topP() != null) {
            body.put("top_p", request.sampling().topP());
        }
        body.put("max_tokens", request.sampling().maxTokens());
        Map<String, String> headers = new LinkedHashMap<>();
        if (key != null) {
            if (azure) {
                headers.put("api-key", key.reveal());
            } else {
                headers.put("authorization", "Bearer " + key.reveal());
            }
        }
        JsonNode answer = transport.postJson(endpoint, headers, body, null);
        JsonNode choice = answer.path("choices").path(0);
        if (choice.isMissingNode()) {
            if (answer.path("error").path("code").asText().equals("content_filter")) {
                return new ChatReply("", request.estimatedInputTokens(), 0, true, "content_filter");
            }
            throw new TargetException("OpenAI-style answer without choices", 200);
        }
        String finish = choice.path("finish_reason").asText("");
        String text = choice.path("message").path("content").asText("");
        JsonNode usage = answer.path("usage");
        return new ChatReply(text, usage.path("prompt_tokens").asInt(request.estimatedInputTokens()),
                usage.path("completion_tokens").asInt(text.length() / 4), "content_filter".equals(finish), finish);
    }

    @Override
    public String describe() {
        return (azure ? "azure-openai " : "openai ") + endpoint.getScheme() + "://" + endpoint.getAuthority() + endpoint.getPath()
                + (model == null ? "" : " model=" + model);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
