package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostureCommandTest {

    @Test
    void anOpenClickHouseConfigFailsTheGateWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.xml"), """
                <clickhouse>
                    <listen_host>0.0.0.0</listen_host>
                    <http_port>8123</http_port>
                </clickhouse>
                """);
        Files.writeString(dir.resolve("users.xml"), """
                <clickhouse>
                    <users>
                        <default>
                            <password></password>
                            <networks><ip>::/0</ip></networks>
                        </default>
                    </users>
                </clickhouse>
                """);
        Path sarif = dir.resolve("posture.sarif");
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("posture", dir.toString(), "-f", "sarif", "-o", sarif.toString(),
                "--fail-on", "critical");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.FAILED_GATE);
        String report = Files.readString(sarif);
        assertThat(report).contains("clickhouse.empty-password").contains("users.xml").contains("\"startLine\"");
        assertThat(run.err()).doesNotContain("SLF4J");
    }

    @Test
    void aMissingPathIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("posture", "/no/such/dir");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    }
}
