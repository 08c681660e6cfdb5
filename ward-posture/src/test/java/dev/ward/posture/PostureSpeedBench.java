package dev.ward.posture;

import dev.ward.core.ScanEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Generates a large tree of Terraform modules, compose files, Kubernetes manifests and ClickHouse configs, then times
 * {@link PostureScanner} over it. Not a unit test: run by {@code bench/posture-vs-checkov.sh}.
 * Arguments: target directory, megabytes to generate (default 50).
 */
public final class PostureSpeedBench {

    private PostureSpeedBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        long targetBytes = (long) (Double.parseDouble(args.length > 1 ? args[1] : "50") * 1024 * 1024);
        long generated = generate(root, targetBytes);
        new PostureScanner().scan(List.of(root), e -> { });
        AtomicLong findings = new AtomicLong();
        long start = System.nanoTime();
        new PostureScanner().scan(List.of(root), event -> {
            if (event instanceof ScanEvent.FindingRaised) {
                findings.incrementAndGet();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        double mb = generated / 1024.0 / 1024.0;
        System.out.printf("speed: %d files, %.1f MB, %.2f s, %.1f MB/s, %.0f files/s, %d findings (second run, warm JVM)%n",
                files, mb, seconds, mb / seconds, files / seconds, findings.get());
    }

    private static long generate(Path root, long targetBytes) throws IOException {
        long written = 0;
        for (int i = 0; written < targetBytes; i++) {
            Path module = root.resolve("stack-" + (i / 100)).resolve("module-" + i);
            Files.createDirectories(module.resolve("clickhouse/users.d"));
            written += write(module.resolve("main.tf"), terraform(i));
            written += write(module.resolve("variables.tf"), "variable \"root\" {\n  default = \"" + (i % 2 == 0 ? "Enabled" : "Disabled") + "\"\n}\n");
            written += write(module.resolve("docker-compose.yml"), compose(i));
            written += write(module.resolve("deploy.yaml"), kubernetes(i));
            written += write(module.resolve("clickhouse/config.xml"), "<clickhouse>\n  <listen_host>::</listen_host>\n  <http_port>8123</http_port>\n</clickhouse>\n");
            written += write(module.resolve("clickhouse/users.d/default.xml"), "<clickhouse><users><default><password></password></default></users></clickhouse>\n");
        }
        return written;
    }

    private static long write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return text.length();
    }

    private static String terraform(int i) {
        StringBuilder tf = new StringBuilder();
        for (int r = 0; r < 10; r++) {
            tf.append("""
                    resource "aws_sagemaker_notebook_instance" "nb_%1$d_%2$d" {
                      name                   = "notebook-%1$d-%2$d"
                      role_arn               = aws_iam_role.notebook.arn
                      instance_type          = "ml.t3.medium"
                      root_access            = var.root
                      direct_internet_access = "Disabled"
                      subnet_id              = aws_subnet.private.id
                      tags = {
                        team = "ml"
                      }
                    }

                    resource "google_vertex_ai_endpoint" "ep_%1$d_%2$d" {
                      name         = "endpoint-%1$d-%2$d"
                      display_name = "endpoint"
                      location     = "europe-west4"
                      encryption_spec {
                        kms_key_name = google_kms_crypto_key.vertex.id
                      }
                    }

                    resource "azurerm_cognitive_account" "oai_%1$d_%2$d" {
                      name                          = "openai-%1$d-%2$d"
                      kind                          = "OpenAI"
                      sku_name                      = "S0"
                      public_network_access_enabled = false
                      local_auth_enabled            = true
                    }

                    """.formatted(i, r));
        }
        return tf.toString();
    }

    private static String compose(int i) {
        return """
                services:
                  ollama:
                    image: ollama/ollama:0.3.12
                    ports:
                      - "%d:11434"
                  api:
                    image: ghcr.io/example/api:1.0
                    environment:
                      OPENAI_API_KEY: ${OPENAI_API_KEY}
                      LOG_LEVEL: info
                """.formatted(10000 + i % 50000);
    }

    private static String kubernetes(int i) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: qdrant-%1$d
                spec:
                  template:
                    metadata:
                      labels:
                        app: qdrant-%1$d
                    spec:
                      containers:
                        - name: qdrant
                          image: qdrant/qdrant:v1.11.0
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: qdrant-%1$d
                spec:
                  type: NodePort
                  selector:
                    app: qdrant-%1$d
                """.formatted(i);
    }
}
