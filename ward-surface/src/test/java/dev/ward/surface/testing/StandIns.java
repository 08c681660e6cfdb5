package dev.ward.surface.testing;

import dev.ward.core.Access;
import dev.ward.surface.testing.HttpStandIn.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The products that have no Debian package, each as a stand-in replaying its documented replies, with the source of
 * the bytes beside it. {@code secret} is planted where the product holds user data, so the blast radius is tested.
 */
public final class StandIns {

    /** A stand-in and what Ward must say about it. */
    public record Case(String name, String service, Access access, String mustMention, Map<String, Reply> routes) {
        public HttpStandIn start() throws IOException {
            return new HttpStandIn(name, routes);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private StandIns() {
    }

    private static Reply json(String body) {
        return Reply.json(body);
    }

    public static List<Case> all(String secret) {
        return List.of(
                // Ollama: docs/api.md ("List Local Models", "Version"); server/routes.go answers "Ollama is running" on GET /.
                new Case("OllamaStandIn", "ollama", Access.OPEN, "llama3.2:latest", Map.of(
                        "GET /", Reply.text("Ollama is running"),
                        "GET /api/version", json("{\"version\":\"0.5.7\"}"),
                        "GET /api/tags", json("{\"models\":[{\"name\":\"llama3.2:latest\",\"model\":\"llama3.2:latest\",\"modified_at\":\"2025-01-20T10:00:00.000000000Z\",\"size\":2019393189,\"digest\":\"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72\",\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":\"llama\",\"families\":[\"llama\"],\"parameter_size\":\"3.2B\",\"quantization_level\":\"Q4_K_M\"}}]}"),
                        "GET /api/ps", json("{\"models\":[]}"))),
                // vLLM: vllm/entrypoints/openai/protocol.py ModelCard (owned_by "vllm", max_model_len); api_server.py /version.
                new Case("VllmStandIn", "vllm", Access.OPEN, "Qwen/Qwen2.5-7B-Instruct", Map.of(
                        "GET /v1/models", json("{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"object\":\"model\",\"created\":1737000000,\"owned_by\":\"vllm\",\"root\":\"Qwen/Qwen2.5-7B-Instruct\",\"parent\":null,\"max_model_len\":32768,\"permission\":[]}]}"),
                        "GET /version", json("{\"version\":\"0.6.6\"}"))),
                // vLLM with --api-key: api_server.py answers 401 {"error": "Unauthorized"}.
                new Case("VllmWithKeyStandIn", "vllm", Access.AUTH_REQUIRED, "API key", Map.of(
                        "GET /v1/models", Reply.status(401, "application/json", "{\"error\":\"Unauthorized\"}"),
                        "GET /version", json("{\"version\":\"0.6.6\"}"))),
                // llama.cpp server: examples/server/README.md GET /v1/models (owned_by "llamacpp").
                new Case("LlamaCppStandIn", "openai-compatible", Access.OPEN, "models/qwen.gguf", Map.of(
                        "GET /v1/models", json("{\"object\":\"list\",\"data\":[{\"id\":\"models/qwen.gguf\",\"object\":\"model\",\"created\":1737000000,\"owned_by\":\"llamacpp\",\"meta\":{\"n_params\":7615616512}}]}"))),
                // LiteLLM: proxy_server.py /health/liveliness returns "I'm alive!"; /v1/models without master key lists routes.
                new Case("LiteLlmStandIn", "litellm", Access.OPEN, "gpt-4o", Map.of(
                        "GET /health/liveliness", json("\"I'm alive!\""),
                        "GET /v1/models", json("{\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1677610602,\"owned_by\":\"openai\"}],\"object\":\"list\"}"),
                        "GET /model/info", json("{\"data\":[{\"model_name\":\"gpt-4o\",\"litellm_params\":{\"model\":\"openai/gpt-4o\",\"api_key\":\"" + secret + "\"}}]}"))),
                // Ray: dashboard/modules/version (ray_version, ray_commit, session_name); job_head.py GET /api/jobs/.
                new Case("RayDashboardStandIn", "ray", Access.OPEN, "1 job", Map.of(
                        "GET /api/version", json("{\"version\":\"4\",\"ray_version\":\"2.40.0\",\"ray_commit\":\"22541c38dbef25286b4e4a5e7d4bbe3bce1d8a0c\",\"session_name\":\"session_2025-01-20_10-00-00_000000_1\"}"),
                        "GET /api/jobs/", json("[{\"type\":\"SUBMISSION\",\"job_id\":null,\"submission_id\":\"raysubmit_a1\",\"status\":\"SUCCEEDED\",\"entrypoint\":\"OPENAI_API_KEY=" + secret + " python train.py\",\"runtime_env\":{}}]"))),
                // MLflow: REST API docs, experiments/search and runs/search; /version returns the plain version.
                new Case("MlflowStandIn", "mlflow", Access.OPEN, "churn-model", Map.of(
                        "GET /", Reply.status(200, "text/html", "<!doctype html><title>MLflow</title>"),
                        "GET /version", Reply.text("2.19.0"),
                        "GET /api/2.0/mlflow/experiments/search", json("{\"experiments\":[{\"experiment_id\":\"1\",\"name\":\"churn-model\",\"artifact_location\":\"mlflow-artifacts:/1\",\"lifecycle_stage\":\"active\",\"last_update_time\":1737000000000,\"creation_time\":1737000000000}]}"),
                        "POST /api/2.0/mlflow/runs/search", json("{\"runs\":[{\"info\":{\"run_id\":\"abc\",\"experiment_id\":\"1\",\"status\":\"FINISHED\"},\"data\":{\"params\":[{\"key\":\"hf_token\",\"value\":\"" + secret + "\"}]}}]}"))),
                // MLflow with basic-auth app: mlflow/server/auth answers 401 with WWW-Authenticate: Basic realm="mlflow".
                new Case("MlflowBasicAuthStandIn", "mlflow", Access.AUTH_REQUIRED, "basic-auth", Map.of(
                        "GET /api/2.0/mlflow/experiments/search", Reply.status(401, "text/plain", "You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.")
                                .header("WWW-Authenticate", "Basic realm=\"mlflow\""))),
                // JupyterLab (jupyter_server): GET / redirects to /lab; /api and /api/kernelspecs as in the REST API spec.
                new Case("JupyterLabStandIn", "jupyter", Access.OPEN, "python3", Map.of(
                        "GET /", Reply.status(302, "text/html", "").header("Location", "/lab"),
                        "GET /api", json("{\"version\": \"2.15.0\"}"),
                        "GET /api/kernelspecs", json("{\"default\": \"python3\", \"kernelspecs\": {\"python3\": {\"name\": \"python3\", \"spec\": {\"language\": \"python\"}}}}"),
                        "GET /api/kernels", json("[]"), "GET /api/contents", json("{\"content\": [], \"type\": \"directory\"}"))),
                // TensorBoard: tensorboard/backend/application.py /data/environment and /data/runs.
                new Case("TensorBoardStandIn", "tensorboard", Access.OPEN, "/logs/fit", Map.of(
                        "GET /data/environment", json("{\"version\": \"2.18.0\", \"data_location\": \"/logs/fit\", \"window_title\": \"\", \"experiment_name\": \"\", \"experiment_description\": \"\", \"creation_time\": 0.0, \"debug\": {}}"),
                        "GET /data/runs", json("[\"train\", \"validation\"]"))),
                // Gradio 4: routes.py GET /config (components, dependencies, mode, version).
                new Case("GradioStandIn", "gradio", Access.OPEN, "predict", Map.of(
                        "GET /config", json("{\"version\":\"4.44.1\",\"mode\":\"interface\",\"title\":\"Support bot\",\"components\":[{\"id\":1,\"type\":\"textbox\"}],\"dependencies\":[{\"id\":0,\"api_name\":\"predict\"}],\"protocol\":\"sse_v3\"}"))),
                // Streamlit: web/server/routes.py host-config and health handlers.
                new Case("StreamlitStandIn", "streamlit", Access.OPEN, "Streamlit", Map.of(
                        "GET /_stcore/host-config", json("{\"allowedOrigins\":[\"*.streamlit.app\"],\"useExternalAuthToken\":false,\"enableCustomParentMessages\":false,\"enforceDownloadInNewTab\":false}"),
                        "GET /_stcore/health", Reply.text("ok"))),
                // Kubeflow Pipelines: backend/api/v1beta1 healthz (commit_sha, tag_name, multi_user).
                new Case("KubeflowPipelinesStandIn", "kubeflow-pipelines", Access.OPEN, "1 pipeline", Map.of(
                        "GET /apis/v1beta1/healthz", json("{\"commit_sha\":\"1b7e9d5\",\"tag_name\":\"2.3.0\",\"multi_user\":false}"),
                        "GET /apis/v1beta1/pipelines", json("{\"pipelines\":[{\"id\":\"p1\",\"name\":\"train\"}],\"total_size\":1}"),
                        "GET /apis/v1beta1/runs", json("{\"runs\":[]}"))),
                // TorchServe management API: docs/management_api.md "List models".
                new Case("TorchServeManagementStandIn", "torchserve", Access.OPEN, "squeezenet1_1", Map.of(
                        "GET /models", json("{\n  \"models\": [\n    {\n      \"modelName\": \"squeezenet1_1\",\n      \"modelUrl\": \"squeezenet1_1.mar\"\n    }\n  ]\n}"))),
                // TorchServe inference API: docs/inference_api.md /ping; /api-description OpenAPI title "TorchServe APIs".
                new Case("TorchServeInferenceStandIn", "torchserve", Access.OPEN, "inference", Map.of(
                        "GET /ping", json("{\n  \"status\": \"Healthy\"\n}"),
                        "GET /api-description", json("{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"TorchServe APIs\", \"version\": \"0.12.0\"}, \"paths\": {}}"))),
                // Triton: KServe v2 protocol server metadata (docs/protocol), repository index extension.
                new Case("TritonStandIn", "triton", Access.OPEN, "densenet_onnx", Map.of(
                        "GET /v2", json("{\"name\":\"triton\",\"version\":\"2.53.0\",\"extensions\":[\"classification\",\"sequence\",\"model_repository\",\"schedule_policy\",\"model_configuration\",\"statistics\",\"trace\",\"logging\"]}"),
                        "POST /v2/repository/index", json("[{\"name\":\"densenet_onnx\",\"version\":\"1\",\"state\":\"READY\"}]"))),
                // Qdrant: GET / (title, version, commit) and collections API (docs/redoc), points/scroll.
                new Case("QdrantStandIn", "qdrant", Access.OPEN, "support_tickets", Map.of(
                        "GET /", json("{\"title\":\"qdrant - vector search engine\",\"version\":\"1.12.5\",\"commit\":\"27260abd69ba7a2e3a7cc3b6e2b7fb9d0e6c3b0b\"}"),
                        "GET /collections", json("{\"result\":{\"collections\":[{\"name\":\"support_tickets\"}]},\"status\":\"ok\",\"time\":0.000012}"),
                        "POST /collections/support_tickets/points/scroll", json("{\"result\":{\"points\":[{\"id\":1,\"payload\":{\"text\":\"my key is " + secret + "\",\"email\":\"eve@example.org\"}}],\"next_page_offset\":null},\"status\":\"ok\",\"time\":0.0001}"))),
                // Qdrant with service.api_key: actix middleware answers 401 "Must provide an API key or an Authorization bearer token".
                new Case("QdrantWithKeyStandIn", "qdrant", Access.AUTH_REQUIRED, "API key", Map.of(
                        "GET /", json("{\"title\":\"qdrant - vector search engine\",\"version\":\"1.12.5\",\"commit\":\"27260ab\"}"),
                        "GET /collections", Reply.status(401, "text/plain", "Must provide an API key or an Authorization bearer token"))),
                // Weaviate: GET /v1/meta (hostname, modules, version), /v1/schema and /v1/objects (REST reference).
                new Case("WeaviateStandIn", "weaviate", Access.OPEN, "Article", Map.of(
                        "GET /v1/meta", json("{\"hostname\":\"http://[::]:8080\",\"modules\":{\"text2vec-openai\":{\"documentationHref\":\"https://platform.openai.com/docs/guides/embeddings\",\"name\":\"OpenAI Module\"}},\"version\":\"1.28.2\"}"),
                        "GET /v1/schema", json("{\"classes\":[{\"class\":\"Article\",\"properties\":[{\"name\":\"body\"}]}]}"),
                        "GET /v1/objects", json("{\"objects\":[{\"class\":\"Article\",\"id\":\"1\",\"properties\":{\"body\":\"contact ann@example.org\"}}],\"totalResults\":1}"))),
                // A JSON API with a "version" field that is not Weaviate: Ward must not call it Weaviate.
                new Case("VersionOnlyJsonStandIn", "unknown", Access.NOT_IDENTIFIED, "not a service Ward knows", Map.of(
                        "GET /", json("{\"version\":\"1.0.0\",\"status\":\"ok\"}"),
                        "GET /v1/meta", json("{\"version\":\"1.0.0\"}"))),
                // Milvus: RESTful v1 (/v1/vector/collections, code 200) and v2 (code 0) per docs "RESTful API".
                new Case("MilvusStandIn", "milvus", Access.OPEN, "book", Map.of(
                        "GET /v1/vector/collections", json("{\"code\":200,\"data\":[\"book\"]}"),
                        "POST /v2/vectordb/collections/list", json("{\"code\":0,\"data\":[\"book\"]}"),
                        "POST /v2/vectordb/entities/query", json("{\"code\":0,\"data\":[{\"id\":1,\"title\":\"x\"}]}"))),
                // Chroma 1.x: /api/v2/heartbeat ("nanosecond heartbeat"), /api/v2/version, tenant/database collections.
                new Case("ChromaV2StandIn", "chroma", Access.OPEN, "docs", Map.of(
                        "GET /api/v2/heartbeat", json("{\"nanosecond heartbeat\":1737000000000000000}"),
                        "GET /api/v2/version", json("\"1.0.0\""),
                        "GET /api/v2/tenants/default_tenant/databases/default_database/collections", json("[{\"id\":\"5b1d\",\"name\":\"docs\",\"metadata\":null}]"),
                        "POST /api/v2/tenants/default_tenant/databases/default_database/collections/5b1d/get", json("{\"ids\":[\"a\"],\"documents\":[\"token " + secret + "\"],\"metadatas\":[null]}"))),
                // Chroma 0.5: /api/v1/heartbeat and /api/v1/collections.
                new Case("ChromaV1StandIn", "chroma", Access.OPEN, "API v1", Map.of(
                        "GET /api/v1/heartbeat", json("{\"nanosecond heartbeat\":1737000000000000000}"),
                        "GET /api/v1/version", json("\"0.5.23\""),
                        "GET /api/v1/collections", json("[]"))),
                // Elasticsearch 8: GET / as in the "Get cluster info" docs, _cat/indices and _search.
                new Case("ElasticsearchStandIn", "elasticsearch", Access.OPEN, "customers", Map.of(
                        "GET /", json("{\n  \"name\" : \"es01\",\n  \"cluster_name\" : \"docker-cluster\",\n  \"cluster_uuid\" : \"x1\",\n  \"version\" : {\n    \"number\" : \"8.17.0\",\n    \"build_flavor\" : \"default\",\n    \"lucene_version\" : \"9.12.0\"\n  },\n  \"tagline\" : \"You Know, for Search\"\n}").header("X-elastic-product", "Elasticsearch"),
                        "GET /_cat/indices", json("[{\"index\":\"customers\",\"docs.count\":\"1200\"},{\"index\":\".security\",\"docs.count\":\"3\"}]"),
                        "GET /customers/_search", json("{\"hits\":{\"total\":{\"value\":1200},\"hits\":[{\"_index\":\"customers\",\"_source\":{\"email\":\"joe@example.org\",\"card\":\"4111 1111 1111 1111\"}}]}}"))),
                // Elasticsearch with security: 401 security_exception with the Basic realm="security" challenge.
                new Case("ElasticsearchSecuredStandIn", "elasticsearch", Access.AUTH_REQUIRED, "security_exception", Map.of(
                        "GET /", Reply.status(401, "application/json", "{\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials for REST request [/]\"}],\"type\":\"security_exception\",\"reason\":\"missing authentication credentials for REST request [/]\"},\"status\":401}")
                                .header("WWW-Authenticate", "Basic realm=\"security\" charset=\"UTF-8\""))),
                // OpenSearch 2: version.distribution "opensearch".
                new Case("OpenSearchStandIn", "elasticsearch", Access.OPEN, "OpenSearch", Map.of(
                        "GET /", json("{\"name\":\"os1\",\"cluster_name\":\"opensearch\",\"version\":{\"distribution\":\"opensearch\",\"number\":\"2.18.0\",\"lucene_version\":\"9.12.0\"},\"tagline\":\"The OpenSearch Project: https://opensearch.org/\"}"),
                        "GET /_cat/indices", json("[]"))),
                // Docker Engine API: GET /version (API reference, SystemVersion), /containers/json, inspect Config.Env.
                new Case("DockerApiStandIn", "docker", Access.OPEN, "1 container", Map.of(
                        "GET /version", json("{\"Platform\":{\"Name\":\"Docker Engine - Community\"},\"Version\":\"27.4.1\",\"ApiVersion\":\"1.47\",\"MinAPIVersion\":\"1.24\",\"GitCommit\":\"c710b88\",\"GoVersion\":\"go1.22.10\",\"Os\":\"linux\",\"Arch\":\"amd64\",\"KernelVersion\":\"6.1.0\"}").header("Api-Version", "1.47"),
                        "GET /containers/json", json("[{\"Id\":\"8dfafdbc3a40\",\"Names\":[\"/api\"],\"Image\":\"corp/api:1.2\",\"State\":\"running\"}]"),
                        "GET /containers/8dfafdbc3a40/json", json("{\"Id\":\"8dfafdbc3a40\",\"Config\":{\"Env\":[\"OPENAI_API_KEY=" + secret + "\",\"PATH=/usr/bin\"]}}"))),
                // kubelet read-only port: GET /pods returns a v1 PodList.
                new Case("KubeletReadOnlyStandIn", "kubelet", Access.OPEN, "1 pod", Map.of(
                        "GET /pods", json("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"api-7d9\",\"namespace\":\"prod\"},\"spec\":{\"containers\":[{\"name\":\"api\",\"env\":[{\"name\":\"DB_URL\",\"value\":\"postgres://app:hunter2hunter2@db:5432/app\"}]}]}}]}"),
                        "GET /healthz", Reply.text("ok"))),
                // MinIO: S3 root refuses anonymous ListBuckets with AccessDenied XML and Server: MinIO.
                new Case("MinioStandIn", "minio", Access.AUTH_REQUIRED, "AccessDenied", Map.of(
                        "GET /", Reply.status(403, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>1812F3A4B5C6D7E8</RequestId><HostId>dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8</HostId></Error>")
                                .header("Server", "MinIO").header("X-Amz-Request-Id", "1812F3A4B5C6D7E8"),
                        "GET /minio/health/live", new Reply(200, Map.of("Server", "MinIO"), ""))),
                // Langflow: /api/v1/version (package "Langflow"); /api/v1/auto_login hands out a token when AUTO_LOGIN=true.
                new Case("LangflowStandIn", "langflow", Access.OPEN, "AUTO_LOGIN", Map.of(
                        "GET /api/v1/version", json("{\"version\":\"1.1.1\",\"main_version\":\"1.1.1\",\"package\":\"Langflow\"}"),
                        "GET /api/v1/auto_login", json("{\"access_token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl\",\"refresh_token\":null,\"token_type\":\"bearer\"}"))),
                // Flowise: /api/v1/ping "pong", /api/v1/version, /api/v1/chatflows without FLOWISE_USERNAME.
                new Case("FlowiseStandIn", "flowise", Access.OPEN, "rag-bot", Map.of(
                        "GET /api/v1/ping", Reply.text("pong"),
                        "GET /api/v1/version", json("{\"version\":\"2.2.3\"}"),
                        "GET /api/v1/chatflows", json("[{\"id\":\"f1\",\"name\":\"rag-bot\",\"flowData\":\"{\\\"openAIApiKey\\\":\\\"" + secret + "\\\"}\",\"deployed\":false}]"),
                        "GET /api/v1/apikey", json("[]"))),
                // ComfyUI: server.py GET /system_stats (system, devices) and GET /history.
                new Case("ComfyUiStandIn", "comfyui", Access.OPEN, "NVIDIA", Map.of(
                        "GET /system_stats", json("{\"system\": {\"os\": \"posix\", \"ram_total\": 67108864000, \"ram_free\": 1, \"comfyui_version\": \"0.3.10\", \"python_version\": \"3.11.9\", \"pytorch_version\": \"2.5.1\", \"embedded_python\": false, \"argv\": [\"main.py\", \"--listen\"]}, \"devices\": [{\"name\": \"cuda:0 NVIDIA A100-SXM4-80GB : cudaMallocAsync\", \"type\": \"cuda\", \"index\": 0, \"vram_total\": 85031714816}]}"),
                        "GET /history", json("{}"))),
                // Label Studio: label_studio/core/views.py /version ("release", "label-studio-os-package"); DRF 401 on /api/projects.
                new Case("LabelStudioStandIn", "label-studio", Access.AUTH_REQUIRED, "login", Map.of(
                        "GET /version", json("{\"release\": \"1.15.0\", \"label-studio-os-package\": {\"version\": \"1.15.0\"}, \"label-studio-os-backend\": {}}"),
                        "GET /api/projects", Reply.status(401, "application/json", "{\"detail\": \"Authentication credentials were not provided.\"}"),
                        "GET /user/signup/", Reply.status(200, "text/html", "<title>Sign up</title>"))));
    }
}
