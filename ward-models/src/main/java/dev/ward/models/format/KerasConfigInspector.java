package dev.ward.models.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.core.Severity;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.ModelChecks;
import dev.ward.models.pickle.GlobalPolicy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a Keras model config (the {@code config.json} of a {@code .keras} zip, or the {@code model_config} JSON of
 * an {@code .h5}) for Lambda layers, whose marshalled bytecode runs on load, and for objects imported from modules
 * outside Keras. The bytecode is not run or unmarshalled: the names it mentions are pulled out as plain strings.
 */
final class KerasConfigInspector {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(200).build()).build());
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{1,40}");
    private static final int MAX_NODES = 2_000_000;

    private KerasConfigInspector() {
    }

    static void inspect(byte[] json, long baseOffset, Inspection inspection) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new MalformedArtifactException("Keras config is not valid JSON: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), baseOffset);
        }
        String text = new String(json, StandardCharsets.UTF_8);
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                check(node, text, baseOffset, inspection);
            }
            node.forEach(pending::push);
        }
    }

    private static void check(JsonNode node, String text, long baseOffset, Inspection inspection) {
        String className = node.path("class_name").asText("");
        JsonNode config = node.path("config");
        if (className.equals("Lambda")) {
            String name = config.path("name").asText("?");
            String hint = codeNames(config.path("function"));
            inspection.report(ModelChecks.KERAS_LAMBDA_LAYER, "Lambda layer '" + name + "' carries "
                            + config.path("function_type").asText("lambda") + " code that runs on load"
                            + (hint.isEmpty() ? "" : "; its bytecode names: " + hint))
                    .at(baseOffset).line(lineOf(text, "\"" + name + "\"")).property("layer", name)
                    .key("lambda|" + name).emit();
        }
        String module = node.path("module").asText("");
        if (!module.isEmpty() && !isKerasModule(module) && node.has("class_name")) {
            String object = className.equals("function") ? config.asText(className) : className;
            boolean dangerous = GlobalPolicy.standard().judge(module, object).safety() == GlobalPolicy.Safety.DANGEROUS;
            inspection.report(ModelChecks.KERAS_CUSTOM_MODULE, "Config imports " + module + "." + object
                            + (dangerous ? ", which runs code or touches the system" : " from outside Keras"))
                    .severity(dangerous ? Severity.CRITICAL : ModelChecks.KERAS_CUSTOM_MODULE.severity())
                    .at(baseOffset).line(lineOf(text, "\"" + module + "\"")).property("module", module)
                    .property("object", object).key(module + "." + object).emit();
        }
    }

    private static boolean isKerasModule(String module) {
        return module.equals("keras") || module.startsWith("keras.") || module.startsWith("keras_")
                || module.startsWith("tf_keras") || module.startsWith("tensorflow.") || module.equals("tensorflow");
    }

    /** Keras 2 keeps {@code [base64, defaults, closure]}; Keras 3 keeps {@code {"config": {"code": base64}}}. */
    private static String codeNames(JsonNode function) {
        String encoded = function.isArray() ? function.path(0).asText("")
                : function.isObject() ? function.path("config").path("code").asText("") : function.asText("");
        byte[] code;
        try {
            code = Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(new String(code, StandardCharsets.ISO_8859_1));
        while (m.find() && names.size() < 12) {
            names.add(m.group());
        }
        return String.join(", ", names);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }
}
