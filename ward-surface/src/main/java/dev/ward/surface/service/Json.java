package dev.ward.surface.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.surface.net.HttpReply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Parses replies as JSON under tight limits; a reply that is not JSON is simply not JSON (null), never an error. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build()).configure(JsonParser.Feature.ALLOW_COMMENTS, false);

    private Json() {
    }

    /** The body as JSON, or null when it is not JSON or the reply was cut short. */
    public static JsonNode parse(HttpReply reply) {
        if (reply == null || reply.truncated() || reply.body().length == 0) {
            return null;
        }
        return parse(reply.bodyText());
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The JSON object, or null when the body is not a JSON object. */
    public static JsonNode object(HttpReply reply) {
        JsonNode node = parse(reply);
        return node != null && node.isObject() ? node : null;
    }

    /** The text of a field that is a JSON string, or empty. */
    public static String text(JsonNode node, String... path) {
        JsonNode at = at(node, path);
        return at != null && at.isValueNode() && !at.isNull() ? at.asText() : "";
    }

    /** True when every field named is present. */
    public static boolean has(JsonNode node, String... fields) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String field : fields) {
            if (!node.has(field)) {
                return false;
            }
        }
        return true;
    }

    public static JsonNode at(JsonNode node, String... path) {
        JsonNode at = node;
        for (String step : path) {
            if (at == null) {
                return null;
            }
            at = at.get(step);
        }
        return at;
    }

    /** The elements of an array field, or none. */
    public static List<JsonNode> array(JsonNode node, String... path) {
        JsonNode at = path.length == 0 ? node : at(node, path);
        List<JsonNode> out = new ArrayList<>();
        if (at != null && at.isArray()) {
            at.forEach(out::add);
        }
        return out;
    }

    /** Compact JSON text of a node, for scanning with the detectors. */
    public static String write(JsonNode node) {
        return node == null ? "" : node.toString();
    }
}
