package dev.ward.surface.service.http;

import dev.ward.surface.service.HttpServiceCheck;
import java.util.List;

/** The HTTP products, most distinctive first so that a generic shape (OpenAI-compatible) only matches last. */
public final class HttpChecks {

    private HttpChecks() {
    }

    public static List<HttpServiceCheck> all() {
        return List.of(new ElasticsearchCheck(), new QdrantCheck(), new OllamaCheck(), new DockerApiCheck(),
                new EtcdCheck(), new LabelStudioCheck(), new RayDashboardCheck(), new JupyterCheck(), new PrometheusCheck(),
                new InfluxDbCheck(), new DockerRegistryCheck(), new TritonCheck(), new TorchServeCheck(), new WeaviateCheck(),
                new ChromaCheck(), new MilvusCheck(), new MlflowCheck(), new KubeflowPipelinesCheck(), new TensorBoardCheck(),
                new GradioCheck(), new StreamlitCheck(), new ComfyUiCheck(), new LangflowCheck(), new FlowiseCheck(),
                new LiteLlmCheck(), OpenAiCompatibleCheck.vllm(), new RabbitMqManagementCheck(), new KubeletCheck(),
                new MinioCheck(), OpenAiCompatibleCheck.anyCompatible());
    }
}
