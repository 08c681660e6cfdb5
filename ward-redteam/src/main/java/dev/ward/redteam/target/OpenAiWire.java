package dev.ward.redteam.target;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The OpenAI chat wire format: the request body written with Jackson's streaming generator, byte for byte as the tree
 * model wrote it, and the usual answer read by {@link OpenAiAnswerReader} without building a tree. An answer of any
 * unusual shape (no choices, a null or non-text content, a repeated field, token counts that are not plain ints, JSON
 * the reader does not take exactly as Jackson would) is left to the tree model, so every answer is read as before.
 */
final class OpenAiWire {

    /** What the usual answer says; null fields stand for absent ones. */
    record Answer(String text, String finishReason, Integer promptTokens, Integer completionTokens) {
    }

    private OpenAiWire() {
    }

    static byte[] requestBody(String model, ChatRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + request.estimatedInputTokens() * 5);
        try (JsonGenerator g = HttpJsonTransport.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (model != null) {
                g.writeStringField("model", model);
            }
            g.writeArrayFieldStart("messages");
            if (!request.systemPrompt().isEmpty()) {
                message(g, "system", request.systemPrompt());
            }
            for (ChatTurn turn : request.turns()) {
                message(g, turn.role().name().toLowerCase(Locale.ROOT), turn.text());
            }
            g.writeEndArray();
            g.writeNumberField("temperature", request.sampling().temperature());
            if (request.sampling().topP() != null) {
                g.writeNumberField("top_p", request.sampling().topP().doubleValue());
            }
            g.writeNumberField("max_tokens", request.sampling().maxTokens());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void message(JsonGenerator g, String role, String content) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField("content", content);
        g.writeEndObject();
    }

    /** The answer when it has the usual shape; null when the tree model must read it (or report it as not JSON). */
    static Answer readAnswer(byte[] body) {
        return OpenAiAnswerReader.read(body);
    }
}
