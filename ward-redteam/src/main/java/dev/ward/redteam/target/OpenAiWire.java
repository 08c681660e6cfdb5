package dev.ward.redteam.target;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The OpenAI chat wire format written and read with Jackson's streaming API: the request body byte for byte as the
 * tree model wrote it, and the usual answer read without building a tree. An answer of any unusual shape (no choices,
 * a null or non-text content, a duplicated field, token counts that are not plain ints) is left to the tree model, so
 * every answer is read exactly as before.
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
        try (JsonParser p = HttpJsonTransport.JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Answer choice = null;
            boolean usageSeen = false;
            Integer prompt = null;
            Integer completion = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("choices")) {
                    if (choice != null || value != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                        return null;
                    }
                    choice = firstChoice(p);
                    if (choice == null) {
                        return null;
                    }
                    skipRest(p, JsonToken.END_ARRAY);
                } else if (name.equals("usage")) {
                    if (usageSeen || value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    usageSeen = true;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken count = p.nextToken();
                        boolean promptField = field.equals("prompt_tokens");
                        if (promptField || field.equals("completion_tokens")) {
                            if ((promptField ? prompt : completion) != null || count != JsonToken.VALUE_NUMBER_INT
                                    || p.getNumberType() != JsonParser.NumberType.INT) {
                                return null;
                            }
                            if (promptField) {
                                prompt = p.getIntValue();
                            } else {
                                completion = p.getIntValue();
                            }
                        } else {
                            skip(p);
                        }
                    }
                } else {
                    skip(p);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || choice == null) {
                return null;
            }
            return new Answer(choice.text(), choice.finishReason(), prompt, completion);
        } catch (IOException | RuntimeException unusual) {
            return null;
        }
    }

    /** The first choice object, the parser left on its end; null when it has an unusual shape. */
    private static Answer firstChoice(JsonParser p) throws IOException {
        String finish = null;
        String text = null;
        boolean messageSeen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("finish_reason")) {
                if (finish != null || value != JsonToken.VALUE_STRING) {
                    return null;
                }
                finish = p.getText();
            } else if (name.equals("message")) {
                if (messageSeen || value != JsonToken.START_OBJECT) {
                    return null;
                }
                messageSeen = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken content = p.nextToken();
                    if (field.equals("content")) {
                        if (text != null || content != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        text = p.getText();
                    } else {
                        skip(p);
                    }
                }
            } else {
                skip(p);
            }
        }
        return new Answer(text == null ? "" : text, finish == null ? "" : finish, null, null);
    }

    /** Reads through the rest of the current container, up to its closing token. */
    private static void skipRest(JsonParser p, JsonToken end) throws IOException {
        for (JsonToken t = p.nextToken(); t != end; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("cut short");
            }
            skip(p);
        }
    }

    /**
     * Passes over the current value, decoding every string in it, so that an answer the tree model would reject
     * (a broken escape or UTF-8 sequence anywhere) is never taken here.
     */
    private static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken next = p.nextToken();
                if (next == null) {
                    throw new IOException("cut short");
                }
                if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                    depth++;
                } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                    depth--;
                } else {
                    decode(p, next);
                }
            }
        } else {
            decode(p, t);
        }
    }

    private static void decode(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            p.getText();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            p.getNumberValue();
        }
    }
}
