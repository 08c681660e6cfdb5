package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT training must keep taking the paths real scans take, or the cache stops speeding them up. */
class AotTrainingTest {

    @Test
    void trainingDrivesAnOpenAndAPasswordProtectedClickHouseAndEveryFileScanner(@TempDir Path dir) throws Exception {
        AotTraining.train(dir);
        String surface = Files.readString(dir.resolve("report.json"));
        assertThat(surface).contains("\"clickhouse.unauthenticated\"").contains("AUTH_REQUIRED").contains("UNREACHABLE")
                .contains("3 API keys (3 OpenAI)");
        assertThat(surface).doesNotContain("T3BlbkFJ");
        assertThat(Files.readString(dir.resolve("report.sarif"))).contains("\"version\": \"2.1.0\"");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<html");
        assertThat(Files.readString(dir.resolve("secrets.json"))).contains("openai");
        assertThat(Files.readString(dir.resolve("posture.json"))).contains("clickhouse");
        assertThat(dir.resolve("models.json")).exists();
        assertThat(Files.readString(dir.resolve("tree.json"))).contains("openai").contains("email-address");
    }
}
