package dev.ward.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ward.core.Finding;
import dev.ward.core.ScanEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files written to hurt a scanner: XXE, entity and alias bombs, oversize and broken files. None may throw, leak or hang. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(20)
    void xmlExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        write("config.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE clickhouse [<!ENTITY xxe SYSTEM "%s">]>
                <clickhouse><listen_host>&xxe;</listen_host></clickhouse>
                """.formatted(secret.toUri()));
        List<Finding> findings = scan();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("posture.unparseable");
        assertThat(findings.getFirst().message()).doesNotContain("TOP-SECRET-CONTENT").contains("DOCTYPE");
    }

    @Test
    @Timeout(20)
    void xmlEntityExpansionBombIsRejected() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE clickhouse [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<clickhouse><listen_host>&a9;</listen_host></clickhouse>\n");
        write("config.xml", xml.toString());
        assertThat(scan()).extracting(Finding::ruleId).containsExactly("posture.unparseable");
    }

    @Test
    @Timeout(20)
    void yamlAliasBombIsRejectedQuickly() throws IOException {
        StringBuilder yaml = new StringBuilder("services:\n  x:\n    image: redis\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        write("docker-compose.yml", yaml.toString());
        long start = System.nanoTime();
        List<Finding> findings = scan();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(findings).extracting(Finding::ruleId).contains("posture.unparseable");
        assertThat(findings.stream().filter(f -> f.ruleId().equals("posture.unparseable")).findFirst().orElseThrow().message())
                .contains("alias bomb");
    }

    @Test
    void composeAnchorsAndMergeKeysResolve() throws IOException {
        write("compose.yaml", """
                x-vector: &vector
                  image: qdrant/qdrant:v1.11.0
                  ports:
                    - "6333:6333"
                services:
                  qdrant:
                    <<: *vector
                """);
        assertThat(scan()).extracting(Finding::ruleId).contains("container.ai-service-exposed");
    }

    @Test
    void oversizeFileIsReportedNotRead() throws IOException {
        Path big = dir.resolve("main.tf");
        try (var out = Files.newBufferedWriter(big)) {
            String block = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n";
            for (long written = 0; written <= PostureScanner.MAX_FILE_BYTES; written += block.length()) {
                out.write(block);
            }
        }
        List<Finding> findings = scan();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("posture.unparseable");
        assertThat(findings.getFirst().message()).contains("larger than");
    }

    @Test
    void brokenFilesOfEveryKindAreReportedAndTheRestStillScanned() throws IOException {
        write("users.xml", "<clickhouse><users><default><password></password></users>");
        write("k8s.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\n");
        write("compose.yml", "services:\n  a: {image: ollama/ollama, ports: [\"11434:11434\"]\n  b: [\n");
        write("ok/main.tf", "resource \"aws_sagemaker_notebook_instance\" \"n\" {\n  root_access = \"Enabled\"\n}\n");
        assertThatCode(this::scan).doesNotThrowAnyException();
        List<Finding> findings = scan();
        assertThat(findings.stream().filter(f -> f.ruleId().equals("posture.unparseable")).count()).isEqualTo(3);
        assertThat(findings).extracting(Finding::ruleId).contains("tf.aws.sagemaker-notebook-root");
    }

    @Test
    void skipsToolCachesAndMissingPathsDoNotThrow() throws IOException {
        write(".terraform/modules/x/main.tf", "resource \"aws_sagemaker_notebook_instance\" \"n\" {\n  root_access = \"Enabled\"\n}\n");
        write("node_modules/pkg/docker-compose.yml", "services:\n  o:\n    image: ollama/ollama\n    ports: [\"11434:11434\"]\n");
        assertThat(scan()).isEmpty();
        assertThatCode(() -> new PostureScanner().scan(List.of(dir.resolve("absent")), e -> { })).doesNotThrowAnyException();
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Finding> scan() {
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        new PostureScanner().scan(List.of(dir), event -> {
            if (event instanceof ScanEvent.FindingRaised(Finding f)) {
                findings.add(f);
            }
        });
        return List.copyOf(findings);
    }
}
