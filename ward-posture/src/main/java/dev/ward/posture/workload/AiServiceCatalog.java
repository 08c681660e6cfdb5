package dev.ward.posture.workload;

import static dev.ward.posture.workload.AiService.Category.*;

import java.util.List;
import java.util.function.Predicate;

/** The entries of {@link AiService}: one line per product, in one place. */
final class AiServiceCatalog {

    private static final Predicate<Workload> NEVER = w -> false;

    static final List<AiService> ALL = List.of(
            new AiService("Ollama", MODEL_SERVER, List.of("ollama"), NEVER,
                    "put an authenticating reverse proxy in front: Ollama has no authentication"),
            new AiService("vLLM", MODEL_SERVER, List.of("vllm", "vllm-openai"),
                    w -> w.hasArgument("--api-key") || nonEmpty(w, "VLLM_API_KEY"), "start it with --api-key (or VLLM_API_KEY)"),
            new AiService("Text Generation Inference", MODEL_SERVER, List.of("text-generation-inference"),
                    w -> w.hasArgument("--api-key") || nonEmpty(w, "API_KEY"), "set --api-key or put a proxy in front"),
            new AiService("Triton Inference Server", MODEL_SERVER, List.of("tritonserver"), NEVER,
                    "put an authenticating proxy in front; Triton's HTTP/gRPC ports have no authentication"),
            new AiService("TorchServe", MODEL_SERVER, List.of("torchserve"), w -> !w.hasArgument("--disable-token-auth"),
                    "keep token authorization on (drop --disable-token-auth)"),
            new AiService("LocalAI", MODEL_SERVER, List.of("localai", "local-ai"), w -> nonEmpty(w, "API_KEY"), "set API_KEY"),
            new AiService("LiteLLM", LLM_GATEWAY, List.of("litellm"), w -> nonEmptyOrReferenced(w, "LITELLM_MASTER_KEY"),
                    "set LITELLM_MASTER_KEY from a secret"),
            new AiService("Qdrant", VECTOR_STORE, List.of("qdrant"), w -> nonEmptyOrReferenced(w, "QDRANT__SERVICE__API_KEY"),
                    "set QDRANT__SERVICE__API_KEY from a secret"),
            new AiService("Chroma", VECTOR_STORE, List.of("chroma", "chromadb"),
                    w -> nonEmptyOrReferenced(w, "CHROMA_SERVER_AUTHN_PROVIDER") || nonEmptyOrReferenced(w, "CHROMA_SERVER_AUTH_PROVIDER"),
                    "set CHROMA_SERVER_AUTHN_PROVIDER and CHROMA_SERVER_AUTHN_CREDENTIALS"),
            new AiService("Weaviate", VECTOR_STORE, List.of("weaviate"),
                    w -> w.envValue("AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED").map(v -> v.equalsIgnoreCase("false")).orElse(false),
                    "set AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=false and AUTHENTICATION_APIKEY_ENABLED=true"),
            new AiService("Milvus", VECTOR_STORE, List.of("milvus"),
                    w -> w.envValue("COMMON_SECURITY_AUTHORIZATIONENABLED").map(v -> v.equalsIgnoreCase("true")).orElse(false),
                    "set common.security.authorizationEnabled: true (COMMON_SECURITY_AUTHORIZATIONENABLED=true)"),
            new AiService("Jupyter", NOTEBOOK, List.of("jupyter", "notebook", "base-notebook", "scipy-notebook",
                    "datascience-notebook", "pytorch-notebook", "tensorflow-notebook", "minimal-notebook", "jupyterlab"),
                    AiServiceCatalog::jupyterHasToken, "keep a token or password: drop --NotebookApp.token='' / JUPYTER_TOKEN=''"),
            new AiService("MLflow", DASHBOARD, List.of("mlflow"), w -> w.argumentValue("--app-name").map("basic-auth"::equals).orElse(false),
                    "run mlflow server --app-name basic-auth, or put an authenticating proxy in front"),
            new AiService("Ray", DASHBOARD, List.of("ray", "ray-ml", "ray-llm"), NEVER,
                    "keep the Ray dashboard and job API (8265) internal; it runs submitted jobs with no authentication"),
            new AiService("ClickHouse", DATABASE, List.of("clickhouse", "clickhouse-server"), AiServiceCatalog::clickHouseHasPassword,
                    "set CLICKHOUSE_PASSWORD from a secret and do not set CLICKHOUSE_SKIP_USER_SETUP=1"),
            new AiService("Redis", DATABASE, List.of("redis", "redis-stack", "redis-stack-server", "valkey"),
                    w -> w.hasArgument("--requirepass") || nonEmptyOrReferenced(w, "REDIS_PASSWORD")
                            || w.envValue("REDIS_ARGS").map(a -> a.contains("--requirepass")).orElse(false),
                    "start redis-server with --requirepass (from a secret) or an ACL file"),
            new AiService("Elasticsearch", VECTOR_STORE, List.of("elasticsearch"),
                    w -> !w.envValue("xpack.security.enabled").map("false"::equalsIgnoreCase).orElse(false),
                    "set xpack.security.enabled=true with ELASTIC_PASSWORD"),
            new AiService("OpenSearch", VECTOR_STORE, List.of("opensearch"),
                    w -> !w.envValue("DISABLE_SECURITY_PLUGIN").map("true"::equalsIgnoreCase).orElse(false)
                            && !w.envValue("plugins.security.disabled").map("true"::equalsIgnoreCase).orElse(false),
                    "keep the security plugin on"));

    private AiServiceCatalog() {
    }

    private static boolean nonEmpty(Workload w, String variable) {
        return w.envValue(variable).map(v -> !v.isBlank()).orElse(false);
    }

    /** Set literally to something, or taken from a secret or an outer variable (which Ward cannot see but counts as set). */
    private static boolean nonEmptyOrReferenced(Workload w, String variable) {
        return w.envVar(variable).map(e -> !e.literal() || e.value() != null && !e.value().isBlank()).orElse(false);
    }

    private static boolean jupyterHasToken(Workload w) {
        boolean emptyArg = w.commandLine().stream().anyMatch(a -> a.matches("--(NotebookApp|ServerApp|IdentityProvider)\\.token=(''|\"\")?"))
                || w.argumentValue("--NotebookApp.token").or(() -> w.argumentValue("--ServerApp.token"))
                .or(() -> w.argumentValue("--IdentityProvider.token")).map(String::isEmpty).orElse(false);
        boolean emptyEnv = w.envVar("JUPYTER_TOKEN").map(e -> e.literal() && (e.value() == null || e.value().isEmpty())).orElse(false);
        return !emptyArg && !emptyEnv;
    }

    private static boolean clickHouseHasPassword(Workload w) {
        boolean skipSetup = w.envValue("CLICKHOUSE_SKIP_USER_SETUP").map("1"::equals).orElse(false);
        boolean password = nonEmptyOrReferenced(w, "CLICKHOUSE_PASSWORD");
        // Since 24.x the image keeps a passwordless default user on loopback unless user setup is skipped.
        return password || !skipSetup;
    }
}
