package dev.ward.models;

import dev.ward.core.CheckInfo;
import dev.ward.core.CheckRegistry;
import dev.ward.core.Control;
import dev.ward.core.Severity;

import java.util.List;

/** Every check this module can raise, with its metadata, in one place. */
public final class ModelChecks {

    private static final Control SUPPLY_CHAIN = Control.owaspLlm("LLM03", "Supply Chain");
    private static final Control ATLAS_SUPPLY_CHAIN = Control.atlas("AML.T0010", "AI Supply Chain Compromise");
    private static final Control ATLAS_UNSAFE_ARTIFACT = Control.atlas("AML.T0011.000", "User Execution: Unsafe AI Artifacts");
    private static final Control CWE_DESERIALIZATION = Control.cwe(502, "Deserialization of Untrusted Data");
    private static final Control CWE_CODE_INJECTION = Control.cwe(94, "Code Injection");
    private static final Control CWE_PATH_TRAVERSAL = Control.cwe(22, "Path Traversal");
    private static final Control CWE_RESOURCE = Control.cwe(400, "Uncontrolled Resource Consumption");
    private static final Control CWE_TEMPLATE_INJECTION = Control.cwe(1336, "Improper Neutralization of Special Elements Used in a Template Engine");
    private static final Control PROMPT_INJECTION = Control.owaspLlm("LLM01", "Prompt Injection");

    private static final List<Control> CODE_ON_LOAD = List.of(SUPPLY_CHAIN, ATLAS_SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT,
            CWE_DESERIALIZATION, CWE_CODE_INJECTION);

    public static final CheckInfo PICKLE_DANGEROUS_GLOBAL = new CheckInfo("model.pickle.dangerous-global",
            "Pickle calls code that can run commands, touch files or the network when loaded", Severity.CRITICAL,
            CODE_ON_LOAD,
            "Do not load this file with pickle, torch.load(weights_only=False), joblib.load or np.load(allow_pickle=True). "
                    + "Obtain the model from a trusted publisher, or convert it to safetensors in an isolated sandbox.");

    public static final CheckInfo PICKLE_OBFUSCATED_IMPORT = new CheckInfo("model.pickle.obfuscated-import",
            "Pickle computes or rewrites an import at load time", Severity.CRITICAL, CODE_ON_LOAD,
            "Treat the file as hostile: legitimate serializers never build import names from other objects or patch "
                    + "imported modules. Do not load it.");

    public static final CheckInfo PICKLE_UNKNOWN_GLOBAL = new CheckInfo("model.pickle.unknown-global",
            "Pickle imports callables that are not known to be safe", Severity.MEDIUM,
            List.of(SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_DESERIALIZATION),
            "Review each listed import. Load with torch.load(weights_only=True) or an allow-listing unpickler, "
                    + "or convert the model to safetensors.");

    public static final CheckInfo KERAS_LAMBDA_LAYER = new CheckInfo("model.keras.lambda-layer",
            "Keras model carries a Lambda layer with serialized Python code", Severity.HIGH, CODE_ON_LOAD,
            "Load with keras.models.load_model(..., safe_mode=True) (the Keras 3 default) and never disable it for "
                    + "untrusted files; rebuild the layer in code instead of shipping marshalled bytecode.");

    public static final CheckInfo KERAS_CUSTOM_MODULE = new CheckInfo("model.keras.custom-module",
            "Keras model imports layers or functions from a non-Keras module", Severity.MEDIUM,
            List.of(SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_CODE_INJECTION),
            "Check that the named module is one you trust and have installed deliberately; loading imports it.");

    public static final CheckInfo TENSORFLOW_UNSAFE_OP = new CheckInfo("model.tensorflow.unsafe-op",
            "TensorFlow graph uses operations that read or write files or call Python", Severity.HIGH,
            List.of(SUPPLY_CHAIN, ATLAS_SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_CODE_INJECTION),
            "Inspect the named nodes; a served model has no reason to read or write files. Rebuild the graph "
                    + "without them, or serve it in a sandbox without file system access.");

    public static final CheckInfo GGUF_TEMPLATE_CODE = new CheckInfo("model.gguf.template-code-execution",
            "GGUF chat template reaches Python internals (server-side template injection)", Severity.CRITICAL,
            List.of(SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_TEMPLATE_INJECTION, CWE_CODE_INJECTION),
            "Render chat templates only in a sandboxed Jinja environment (ImmutableSandboxedEnvironment), and "
                    + "replace this template with the publisher's original.");

    public static final CheckInfo GGUF_TEMPLATE_INJECTION = new CheckInfo("model.gguf.template-injection",
            "GGUF chat template injects hidden instructions or links into the conversation", Severity.HIGH,
            List.of(SUPPLY_CHAIN, PROMPT_INJECTION, ATLAS_SUPPLY_CHAIN),
            "Compare tokenizer.chat_template with the base model's template and remove any text the model's "
                    + "publisher did not write.");

    public static final CheckInfo ONNX_CUSTOM_OPERATOR = new CheckInfo("model.onnx.custom-operator",
            "ONNX graph needs operators from a custom domain (native code library)", Severity.MEDIUM,
            List.of(SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_CODE_INJECTION),
            "Only register custom-op libraries you built or trust; ask the publisher which library implements the domain.");

    public static final CheckInfo ONNX_EXTERNAL_DATA_PATH = new CheckInfo("model.onnx.external-data-path",
            "ONNX tensor reads external data from outside the model directory", Severity.HIGH,
            List.of(SUPPLY_CHAIN, ATLAS_UNSAFE_ARTIFACT, CWE_PATH_TRAVERSAL),
            "External data locations must be relative paths inside the model directory; reject '..' and absolute paths.");

    public static final CheckInfo SAFETENSORS_INVALID_HEADER = new CheckInfo("model.safetensors.invalid-header",
            "safetensors header is malformed, oversized or inconsistent", Severity.MEDIUM,
            List.of(SUPPLY_CHAIN, ATLAS_SUPPLY_CHAIN, CWE_RESOURCE),
            "Re-download the file from its publisher; a valid header is bounded JSON whose offsets tile the data exactly.");

    public static final CheckInfo ARCHIVE_BOMB = new CheckInfo("model.archive.decompression-bomb",
            "Model archive expands far beyond its size or nests too deep", Severity.HIGH,
            List.of(SUPPLY_CHAIN, ATLAS_SUPPLY_CHAIN, CWE_RESOURCE),
            "Do not extract this archive; obtain the model from its publisher.");

    public static final CheckInfo UNPARSEABLE = new CheckInfo("model.unparseable",
            "Model artifact could not be fully inspected", Severity.LOW, List.of(SUPPLY_CHAIN),
            "Check that the file is complete and in the format its name says; Ward did not inspect the remainder.");

    private static final List<ModelCheck> ALL = List.of(PICKLE_DANGEROUS_GLOBAL, PICKLE_OBFUSCATED_IMPORT,
            PICKLE_UNKNOWN_GLOBAL, KERAS_LAMBDA_LAYER, KERAS_CUSTOM_MODULE, TENSORFLOW_UNSAFE_OP, GGUF_TEMPLATE_CODE,
            GGUF_TEMPLATE_INJECTION, ONNX_CUSTOM_OPERATOR, ONNX_EXTERNAL_DATA_PATH, SAFETENSORS_INVALID_HEADER,
            ARCHIVE_BOMB, UNPARSEABLE).stream().map(ModelCheck::new).toList();

    private static final CheckRegistry<ModelCheck> REGISTRY = CheckRegistry.of(ALL);

    private ModelChecks() {
    }

    public static CheckRegistry<ModelCheck> registry() {
        return REGISTRY;
    }
}
