package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * AWS Bedrock Converse: {@code POST /model/{modelId}/converse}, signed with SigV4 for service {@code bedrock}.
 * The base URL defaults to {@code https://bedrock-runtime.REGION.amazonaws.com}.
 */
public final class BedrockConverseTarget implements ChatTarget {

    private static final Set<String> BLOCKING_STOP = Set.of("guardrail_intervened", "content_filtered");

    private final URI endpoint;
    private final String modelId;
    private final SigV4Signer signer;
    private final HttpJsonTransport transport;

    public BedrockConverseTarget(String baseUrl, String modelId, String region, AwsCredentials credentials, Clock clock,
                                 HttpJsonTransport transport) {
        String base = baseUrl == null || baseUrl.isBlank()
                ? "https://bedrock-runtime." + region + ".amazonaws.com" : OpenAiChatTarget.stripSlash(baseUrl);
        // Model ids such as "anthropic.claude-3-haiku-20240307-v1:0" carry a colon, which is encoded once on the wire.
        this.endpoint = URI.create(base + "/model/" + SigV4Signer.encode(modelId) + "/converse");
        this.modelId = modelId;
        this.signer = credentials == null ? null : new SigV4Signer(credentials, region, "bedrock", clock);
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        if (signer == null) {
            throw new TargetException("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", 0);
        }
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        if (!request.systemPrompt().isEmpty()) {
            body.putArray("system").addObject().put("text", request.systemPrompt());
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatTurn turn : request.turns()) {
            ObjectNode message = messages.addObject();
            message.put("role", turn.role() == ChatTurn.Role.USER ? "user" : "assistant");
            message.putArray("content").addObject().put("text", turn.text());
        }
        ObjectNode config = body.putObject("inferenceConfig");
        config.put("maxTokens", request.sampling().maxTokens());
        config.put("temperature", request.sampling().temperature());
        if (request.sampling().topP() != null) {
            config.put("topP", request.sampling().topP());
        }
        JsonNode answer = transport.postJson(endpoint, Map.of(), body, signer);
        StringBuilder text = new StringBuilder();
        for (JsonNode block : answer.path("output").path("message").path("content")) {
            text.append(block.path("text").asText(""));
        }
        String stop = answer.path("stopReason").asText("");
        JsonNode usage = answer.path("usage");
        return new ChatReply(text.toString(), usage.path("inputTokens").asInt(request.estimatedInputTokens()),
                usage.path("outputTokens").asInt(text.length() / 4), BLOCKING_STOP.contains(stop), stop);
    }

    @Override
    public String describe() {
        return "bedrock " + endpoint.getScheme() + "://" + endpoint.getAuthority() + " model=" + modelId;
    }
}
