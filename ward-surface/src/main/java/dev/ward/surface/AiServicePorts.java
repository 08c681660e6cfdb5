package dev.ward.surface;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where AI-infrastructure products listen by default, from each product's documentation; behind {@link PortList#aiDefaults()}. */
final class AiServicePorts {

    /** Product to its default TCP ports. */
    static final Map<String, List<Integer>> BY_PRODUCT = byProduct();

    static final List<Integer> ALL = List.copyOf(new TreeSet<>(BY_PRODUCT.values().stream().flatMap(List::stream).toList()));

    private AiServicePorts() {
    }

    private static Map<String, List<Integer>> byProduct() {
        Map<String, List<Integer>> ports = new TreeMap<>();
        ports.put("ClickHouse (HTTP, native, HTTPS, native TLS)", List.of(8123, 9000, 8443, 9440));
        ports.put("Ollama", List.of(11434));
        ports.put("vLLM and other OpenAI-compatible servers", List.of(8000));
        ports.put("LiteLLM proxy", List.of(4000));
        ports.put("Ray (dashboard, client server)", List.of(8265, 10001));
        ports.put("MLflow tracking server", List.of(5000));
        ports.put("Jupyter Notebook and Lab", List.of(8888));
        ports.put("TensorBoard", List.of(6006));
        ports.put("Gradio", List.of(7860));
        ports.put("Streamlit", List.of(8501));
        ports.put("Kubeflow Pipelines (API server HTTP and gRPC, UI)", List.of(8888, 8887, 3000));
        ports.put("TorchServe (inference, management, metrics)", List.of(8080, 8081, 8082));
        ports.put("Triton Inference Server (HTTP, gRPC, metrics)", List.of(8000, 8001, 8002));
        ports.put("Qdrant (HTTP, gRPC)", List.of(6333, 6334));
        ports.put("Weaviate", List.of(8080));
        ports.put("Milvus (gRPC and REST, metrics and health)", List.of(19530, 9091));
        ports.put("Chroma", List.of(8000));
        ports.put("Elasticsearch and OpenSearch", List.of(9200));
        ports.put("Redis", List.of(6379));
        ports.put("MongoDB", List.of(27017));
        ports.put("PostgreSQL", List.of(5432));
        ports.put("MySQL and MariaDB", List.of(3306));
        ports.put("Memcached", List.of(11211));
        ports.put("Prometheus", List.of(9090));
        ports.put("Docker Engine API (plain, TLS)", List.of(2375, 2376));
        ports.put("kubelet (API, read-only)", List.of(10250, 10255));
        ports.put("etcd client API", List.of(2379));
        // MinIO's console picks a random port unless --console-address is set; 9001 is what its documentation uses.
        ports.put("MinIO (S3 API, console)", List.of(9000, 9001));
        ports.put("Langflow", List.of(7860));
        ports.put("Flowise", List.of(3000));
        ports.put("ComfyUI", List.of(8188));
        ports.put("Label Studio", List.of(8080));
        ports.put("RabbitMQ management", List.of(15672));
        ports.put("InfluxDB", List.of(8086));
        ports.put("Docker Registry", List.of(5000));
        return Map.copyOf(ports);
    }
}
