package dev.ward.redteam.target;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any HTTP/JSON endpoint, such as a custom app or a RAG service. The request body is a template in which
 * {@code {{prompt}}}, {@code {{system}}} and {@code {{model}}} are replaced by JSON-escaped text (so they belong inside
 * quotes), and the answer is read at a {@link JsonPath}. Header values may name environment variables as
 * {@code ${env:NAME}}, so keys stay out of the command line.
 */
public final class HttpJsonTarget implements ChatTarget {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private final URI endpoint;
    private final String model;
    private final String template;
    private final JsonPath responsePath;
    private final Map<String, String> headers;
    private final HttpJsonTransport transport;

    public HttpJsonTarget(String url, String model, String template, String responsePath, Map<String, String> headers,
                          Map<String, String> env, HttpJsonTransport transport) {
        this.endpoint = URI.create(url);
        this.model = model == null ? "" : model;
        this.template = template == null || template.isBlank() ? "{\"prompt\": \"{{prompt}}\"}" : template;
        this.responsePath = JsonPath.compile(responsePath == null || responsePath.isBlank() ? "$.response" : responsePath);
        this.headers = new LinkedHashMap<>();
        headers.forEach((name, value) -> this.headers.put(name, resolveEnv(value, env)));
        this.transport = transport;
    }

    @Override
    public ChatReply send(ChatRequest request) throws TargetException {
        String prompt = flatten(request);
        String body = template.replace("{{prompt}}", escape(prompt))
                .replace("{{system}}", escape(request.systemPrompt()))
                .replace("{{model}}", escape(model));
        JsonNode json;
        try {
            json = HttpJsonTransport.JSON.readTree(body);
        } catch (IOException e) {
            throw new TargetException("request template is not valid JSON after substitution: " + e.getMessage(), 0);
        }
        JsonNode answer = transport.postJson(endpoint, headers, json, null);
        JsonNode value = responsePath.read(answer);
        if (value.isMissingNode() || value.isNull()) {
            throw new TargetException("no value at " + responsePath + " in the answer", 200);
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return new ChatReply(text, request.estimatedInputTokens(), text.length() / 4, false, "");
    }

    /** A custom endpoint takes one prompt, so earlier turns become a plain transcript in front of the last one. */
    static String flatten(ChatRequest request) {
        if (request.turns().size() == 1) {
            return request.turns().getFirst().text();
        }
        StringBuilder out = new StringBuilder();
        for (ChatTurn turn : request.turns()) {
            out.append(turn.role() == ChatTurn.Role.USER ? "User: " : "Assistant: ").append(turn.text()).append("\n\n");
        }
        return out.toString().trim();
    }

    private static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }

    static String resolveEnv(String value, Map<String, String> env) {
        Matcher m = ENV_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resolved = env.get(m.group(1));
            if (resolved == null) {
                throw new IllegalArgumentException("environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String describe() {
        return "http " + endpoint.getScheme() + "://" + endpoint.getAuthority() + endpoint.getPath();
    }
}
