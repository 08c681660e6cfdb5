package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.testkit.ClickHouseServerFixture;
import dev.ward.testkit.ClickHouseServerFixture.Config;
import dev.ward.testkit.PlantedLogStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The whole command, from arguments to files, against a real ClickHouse 18.16 holding planted secrets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WardEndToEndTest {

    private final PlantedLogStream planted = new PlantedLogStream();
    private ClickHouseServerFixture server;
    private String target;

    @BeforeAll
    void startServer() throws Exception {
        ClickHouseServerFixture.binary();
        server = ClickHouseServerFixture.start(Config.open("Asia/Shanghai"));
        planted.load(server);
        target = "127.0.0.1";
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private String ports() {
        return server.httpPort() + "," + server.nativePort();
    }

    @Test
    void noPlantedSecretAppearsInFullInAnyFormat(@TempDir Path dir) throws Exception {
        for (String format : List.of("json", "sarif", "html", "terminal")) {
            Path out = dir.resolve("report." + format);
            CommandLineUsageTest.Run run = CommandLineUsageTest.run("surface", target, "--ports", ports(),
                    "--format", format, "--output", out.toString());
            assertThat(run.code()).as(format + ": " + run.err()).isZero();
            String report = Files.readString(out);
            assertThat(report).as(format).contains("clickhouse://127.0.0.1:" + server.httpPort());
            for (String secret : planted.secrets()) {
                assertThat(report).as(format + " must not contain a planted secret").doesNotContain(secret);
            }
        }
        CommandLineUsageTest.Run terminal = CommandLineUsageTest.run("surface", target, "--ports", ports());
        assertThat(terminal.out()).contains("CRITICAL").contains("OPEN");
        for (String secret : planted.secrets()) {
            assertThat(terminal.out() + terminal.err()).doesNotContain(secret);
        }
    }

    @Test
    void jsonAndSarifDescribeBothOpenEndpoints(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Path sarif = dir.resolve("r.sarif");
        assertThat(CommandLineUsageTest.run("surface", target, "--ports", ports(), "-f", "json", "-o", json.toString()).code()).isZero();
        assertThat(CommandLineUsageTest.run("surface", target, "--ports", ports(), "-f", "sarif", "-o", sarif.toString()).code()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode report = mapper.readTree(json.toFile());
        assertThat(report.get("exposures")).hasSize(2).allSatisfy(e -> assertThat(e.get("outcome").asText()).isEqualTo("OPEN"));
        assertThat(report.get("findings")).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("critical");
            assertThat(f.get("message").asText()).contains("Asia/Shanghai").contains("log_stream");
        });
        JsonNode results = mapper.readTree(sarif.toFile()).at("/runs/0/results");
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(
                r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("clickhouse://127.0.0.1:"));
    }

    @Test
    void failOnGatesTheExitCode(@TempDir Path dir) {
        String out = dir.resolve("r.json").toString();
        assertThat(CommandLineUsageTest.run("surface", target, "--ports", ports(), "-f", "json", "-o", out, "--fail-on", "high").code())
                .isEqualTo(ExitCode.FAILED_GATE);
        assertThat(CommandLineUsageTest.run("surface", "127.0.0.1", "--ports", String.valueOf(freeClosedPort()),
                "-f", "json", "-o", out, "--fail-on", "low").code()).isEqualTo(ExitCode.CLEAN);
    }

    private static int freeClosedPort() {
        try {
            return ClickHouseServerFixture.freePort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
