package dev.ward.redteam.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A small path into a JSON answer: {@code $.choices[0].message.content}, {@code data.answer} or a JSON pointer
 * {@code /data/answer}. Enough for custom apps and RAG endpoints without a full JSONPath engine.
 */
public final class JsonPath {

    private final String expression;

    private JsonPath(String expression) {
        this.expression = expression;
    }

    public static JsonPath compile(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("empty response path");
        }
        return new JsonPath(expression.trim());
    }

    public JsonNode read(JsonNode root) {
        if (expression.startsWith("/")) {
            return root.at(expression);
        }
        String path = expression.startsWith("$") ? expression.substring(1) : expression;
        JsonNode node = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("[") && part.endsWith("]")) {
                String inner = part.substring(1, part.length() - 1);
                node = inner.startsWith("'") || inner.startsWith("\"")
                        ? node.path(inner.substring(1, inner.length() - 1)) : node.path(Integer.parseInt(inner));
            } else {
                node = node.path(part);
            }
            if (node.isMissingNode()) {
                return MissingNode.getInstance();
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return expression;
    }
}
