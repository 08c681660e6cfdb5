package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenAI Chat Completions and everything that speaks it: OpenAI, DeepSeek, vLLM, Ollama {@code /v1}, llama.cpp,
 * LM Studio, and Azure OpenAI. A base URL that contains {@code /openai/deployments/} is Azure: the deployment is in the
 * path, {@code api-version} goes in the query and the key in an {@code api-key} header instead of a bearer token.
 */
public final class OpenAiChatTarget implements ChatTarget {

    private final URI endpoint;
    private final String model;
    private final Map<String, String> headers;
    private final boolean azure;
    private final HttpJsonTransport transport;
    /**
     * Encoded bodies by request instance: a run sends each probe's request once per sample, and a request never changes.
     * By identity, as hashing and comparing the request's text on every send cost more than the lookup saves.
     */
    private final Map<Same, byte[]> bodies = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_BODIES = 256;

    private record Same(ChatRequest request) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.request == request;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(request);
        }
    }

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
        this.transport = transport;
        Map<String, String> headers = new LinkedHashMap<>();
        if (key != null) {
            headers.put(azure ? "api-key" : "authorization", azure ? key.reveal() : "Bearer " + key.reveal());
        }
        this.headers = java.util.Collections.unmodifiableMap(headers);
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        Same key = new Same(request);
        byte[] body = bodies.get(key);
        if (body == null) {
            try {
                body = OpenAiWire.requestBody(azure ? null : model, request);
            } catch (IOException e) {
                throw new TargetException("cannot encode request: " + e.getMessage(), e);
            }
            if (bodies.size() >= MAX_BODIES) {
                bodies.clear();
            }
            bodies.put(key, body);
        }
        KeepAliveHttp1Client.Reply reply = transport.postBytes(endpoint, headers, body, null);
        OpenAiWire.Answer usual = OpenAiWire.readAnswer(reply.body());
        if (usual != null) {
            String text = usual.text();
            return new ChatReply(text, usual.promptTokens() == null ? request.estimatedInputTokens() : usual.promptTokens(),
                    usual.completionTokens() == null ? text.length() / 4 : usual.completionTokens(),
                    "content_filter".equals(usual.finishReason()), usual.finishReason());
        }
        return fromTree(HttpJsonTransport.tree(endpoint, reply), request);
    }

    private static ChatReply fromTree(JsonNode answer, ChatRequest request) throws TargetException {
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
