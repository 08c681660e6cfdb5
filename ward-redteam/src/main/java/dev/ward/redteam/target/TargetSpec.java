package dev.ward.redteam.target;

import java.time.Clock;
import java.util.Map;

/**
 * Everything needed to reach one model.
 *
 * @param provider         wire protocol
 * @param url              base URL (for Bedrock, optional: defaults to the regional endpoint)
 * @param model            model name, deployment or Bedrock model id
 * @param apiKeyEnv        environment variable holding the key; null uses the provider's usual one
 * @param azureApiVersion  Azure OpenAI {@code api-version}
 * @param region           AWS region for Bedrock
 * @param requestTemplate  generic HTTP target: JSON body with {@code {{prompt}}}
 * @param responsePath     generic HTTP target: where the answer text is
 * @param headers          extra headers; values may use {@code ${env:NAME}}
 */
public record TargetSpec(Provider provider, String url, String model, String apiKeyEnv, String azureApiVersion,
                         String region, String requestTemplate, String responsePath, Map<String, String> headers) {

    public TargetSpec {
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    public static TargetSpec of(Provider provider, String url, String model) {
        return new TargetSpec(provider, url, model, null, null, null, null, null, Map.of());
    }

    /** Builds the target; keys come from {@code env} and are never part of any message. */
    public ChatTarget open(Map<String, String> env, HttpJsonTransport transport, Clock clock) {
        String keyEnv = apiKeyEnv != null ? apiKeyEnv : provider.defaultKeyEnv();
        ApiKey key = keyEnv == null ? null : ApiKey.fromEnv(env, keyEnv);
        return switch (provider) {
            case OPENAI, AZURE -> new OpenAiChatTarget(url, model, key, azureApiVersion, transport);
            case ANTHROPIC -> new AnthropicMessagesTarget(url, model, key, transport);
            case VERTEX -> new GeminiGenerateContentTarget(url, model, key,
                    ApiKey.fromEnv(env, env.containsKey("VERTEX_ACCESS_TOKEN") ? "VERTEX_ACCESS_TOKEN" : "GOOGLE_OAUTH_ACCESS_TOKEN"), transport);
            case OLLAMA -> new OllamaChatTarget(url, model, transport);
            case BEDROCK -> new BedrockConverseTarget(url, model, region == null ? env.getOrDefault("AWS_REGION", "us-east-1") : region,
                    AwsCredentials.fromEnv(env), clock, transport);
            case HTTP -> new HttpJsonTarget(url, model, requestTemplate, responsePath, headers, env, transport);
        };
    }
}
