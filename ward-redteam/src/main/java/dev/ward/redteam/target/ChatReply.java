package dev.ward.redteam.target;

/**
 * What came back.
 *
 * @param text         the answer's text; empty when blocked
 * @param inputTokens  tokens the provider billed for the prompt, or an estimate when it did not say
 * @param outputTokens tokens the provider billed for the answer, or an estimate
 * @param blocked      a provider-side filter stopped the request or the answer, so the model's own behaviour is unknown
 * @param stopReason   the provider's stop or finish reason, as sent
 */
public record ChatReply(String text, int inputTokens, int outputTokens, boolean blocked, String stopReason) {

    public ChatReply {
        text = text == null ? "" : text;
        stopReason = stopReason == null ? "" : stopReason;
    }
}
