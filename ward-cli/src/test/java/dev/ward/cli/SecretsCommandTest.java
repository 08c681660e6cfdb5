package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dev.ward.testkit.Pkcs12Stores;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ward secrets} from arguments to report files, on planted secrets. */
class SecretsCommandTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private final Random random = new Random(97);
    private final List<String> planted = new ArrayList<>();

    @TempDir
    Path dir;

    private String openAiKey() {
        StringBuilder key = new StringBuilder("sk-proj-");
        for (int i = 0; i < 136; i++) {
            key.append(i == 64 ? "T3BlbkFJ" : String.valueOf(ALNUM.charAt(random.nextInt(ALNUM.length()))));
        }
        planted.add(key.toString());
        return key.toString();
    }

    private Path plantRepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/settings.py"), "import os\n\nOPENAI_API_KEY = \"" + openAiKey() + "\"\n");
        Files.writeString(repo.resolve(".env"), "# local\nOPENAI_API_KEY=" + openAiKey() + "\n");
        Files.writeString(repo.resolve("notes.ipynb"), "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"k = '" + openAiKey()
                + "'\\n\"],\"outputs\":[]}]}");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("conf/app.properties"));
            out.write(("openai.key=" + openAiKey() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.write(repo.resolve("bundle.zip"), zip.toByteArray());
        return repo;
    }

    @Test
    void everyFormatIsWrittenAndNoPlantedSecretAppearsInFull() throws Exception {
        Path repo = plantRepository();
        for (String format : List.of("json", "sarif", "html", "terminal")) {
            Path out = dir.resolve("report." + format);
            CommandLineUsageTest.Run run = CommandLineUsageTest.run("secrets", repo.toString(), "--format", format, "--output", out.toString());
            assertThat(run.code()).as(format + ": " + run.err()).isZero();
            String report = Files.readString(out);
            assertThat(report).as(format).contains("secrets.openai-project-key").contains("app/settings.py");
            for (String secret : planted) {
                assertThat(report.contains(secret)).as(format + " must not contain a planted secret").isFalse();
                assertThat((run.out() + run.err()).contains(secret)).as("console must not contain a planted secret").isFalse();
            }
        }
    }

    @Test
    void aGcpKeyStoreIsOneFindingAndNoReportHoldsItsBytes() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("keys"));
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        Files.write(repo.resolve("service-account.p12"), store);
        java.security.KeyStore keyStore = java.security.KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(store), "notasecret".toCharArray());
        byte[] key = keyStore.getKey(keyStore.aliases().nextElement(), "notasecret".toCharArray()).getEncoded();
        for (String format : List.of("json", "sarif")) {
            Path out = dir.resolve("p12." + format);
            CommandLineUsageTest.Run run = CommandLineUsageTest.run("secrets", repo.toString(), "-f", format, "-o", out.toString());
            assertThat(run.code()).as(format + ": " + run.err()).isZero();
            String report = Files.readString(out);
            JsonNode root = new ObjectMapper().readTree(report);
            JsonNode results = format.equals("sarif") ? root.at("/runs/0/results") : root.at("/findings");
            assertThat(results).as(format).hasSize(1);
            assertThat(report).contains("secrets.gcp-p12-service-account-key").contains("service-account.p12");
            for (byte[] secret : List.of(store, key)) {
                String base64 = Base64.getEncoder().encodeToString(secret);
                String hex = HexFormat.of().formatHex(secret);
                for (int at = 0; at + 24 <= base64.length(); at += 24) {
                    assertThat(report.contains(base64.substring(at, at + 24))).as(format + " holds key-store bytes").isFalse();
                }
                for (int at = 0; at + 24 <= hex.length(); at += 24) {
                    assertThat(report.contains(hex.substring(at, at + 24))).as(format + " holds key-store bytes").isFalse();
                }
            }
            assertThat(report).doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void sarifCarriesRelativeFileLineAndColumnForEveryFinding() throws Exception {
        Path repo = plantRepository();
        Path sarif = dir.resolve("r.sarif");
        assertThat(CommandLineUsageTest.run("secrets", repo.toString(), "-f", "sarif", "-o", sarif.toString()).code()).isZero();
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertThat(results).hasSize(4);
        List<String> places = new ArrayList<>();
        for (JsonNode result : results) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            places.add(location.at("/artifactLocation/uri").asText() + ":" + location.at("/region/startLine").asInt()
                    + ":" + location.at("/region/startColumn").asInt());
        }
        assertThat(places).containsExactlyInAnyOrder("app/settings.py:3:19", ".env:2:16", "notes.ipynb:1:47",
                "bundle.zip!/conf/app.properties:1:12");
    }

    @Test
    void failOnGatesTheExitCodeAndBaselineClearsKnownSecrets() throws Exception {
        Path repo = plantRepository();
        String out = dir.resolve("r.json").toString();
        Path baseline = dir.resolve("baseline.json");
        assertThat(CommandLineUsageTest.run("secrets", repo.toString(), "-f", "json", "-o", out, "--fail-on", "high",
                "--write-baseline", baseline.toString()).code()).isEqualTo(ExitCode.FAILED_GATE);
        assertThat(Files.readString(baseline)).contains("sha256:");
        CommandLineUsageTest.Run clean = CommandLineUsageTest.run("secrets", repo.toString(), "-f", "json", "-o", out,
                "--fail-on", "low", "--baseline", baseline.toString());
        assertThat(clean.code()).as(clean.err()).isEqualTo(ExitCode.CLEAN);
        assertThat(clean.err()).contains("4 finding(s) already in the baseline");
    }

    @Test
    void standardInputIsReadForDash() {
        String key = openAiKey();
        SecretsCommand.stdin = new ByteArrayInputStream(("log line\nkey=" + key + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            CommandLineUsageTest.Run run = CommandLineUsageTest.run("secrets", "-", "-f", "json", "--fail-on", "critical");
            assertThat(run.code()).isEqualTo(ExitCode.FAILED_GATE);
            assertThat(run.out()).contains("\"stdin\"").doesNotContain(key);
        } finally {
            SecretsCommand.stdin = System.in;
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CommandLineUsageTest.Run missing = CommandLineUsageTest.run("secrets", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no such file or folder").contains("ward secrets --help");
        assertThat(missing.err().lines().count()).isEqualTo(2);

        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules: [ {id: x, pattern: '(['} ]");
        CommandLineUsageTest.Run badRules = CommandLineUsageTest.run("secrets", dir.toString(), "--rules", rules.toString());
        assertThat(badRules.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badRules.err()).contains("bad --rules file");

        assertThat(CommandLineUsageTest.run("secrets", dir.toString(), "--max-file-size", "lots").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandLineUsageTest.run("secrets", dir.toString(), "--baseline", dir.resolve("none.json").toString()).code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CommandLineUsageTest.run("secrets", dir.toString(), "--git").err()).contains("not one");
        assertThat(CommandLineUsageTest.run("secrets").code()).isEqualTo(ExitCode.USAGE);
    }
}
