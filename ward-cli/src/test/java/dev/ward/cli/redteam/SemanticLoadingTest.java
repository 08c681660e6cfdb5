package dev.ward.cli.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding check's weight (ONNX Runtime, the tokenizer, the model) stays out of every path that does not ask for it:
 * the CLI runs in its own JVM with class loading logged, and only {@code redteam --semantic} loads any of it.
 */
class SemanticLoadingTest {

    private static final List<String> HEAVY = List.of("ai.onnxruntime.", "dev.langchain4j.", "ai.djl.", "dev.ward.redteam.semantic.");

    @TempDir
    Path dir;

    @Test
    void onlyRedteamSemanticLoadsTheEmbeddingModel() throws Exception {
        try (CountingChatCompletionsDouble model = new CountingChatCompletionsDouble(0)) {
            assertThat(heavyClasses(run("version", "--version"))).isEmpty();
            assertThat(heavyClasses(run("dry", "redteam", "--target", model.baseUrl(), "--model", "m", "--dry-run"))).isEmpty();
            assertThat(heavyClasses(run("plain", "redteam", "--target", model.baseUrl(), "--model", "m", "--samples", "1",
                    "--categories", "jailbreak,false-refusal", "--journal", dir.resolve("plain.jsonl").toString(), "--format", "json",
                    "--output", dir.resolve("plain.json").toString()))).as("a run without --semantic").isEmpty();
            List<String> semantic = heavyClasses(run("semantic", "redteam", "--target", model.baseUrl(), "--model", "m", "--samples", "1",
                    "--categories", "jailbreak,false-refusal", "--journal", dir.resolve("semantic.jsonl").toString(), "--format", "json",
                    "--output", dir.resolve("semantic.json").toString(), "--semantic"));
            assertThat(semantic).anyMatch(c -> c.startsWith("ai.onnxruntime."));
            assertThat(Files.readString(dir.resolve("semantic.json"))).contains("embedding:all-minilm-l6-v2-q");
        }
    }

    private Path run(String name, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".classes");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), "dev.ward.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().put("OPENAI_API_KEY", CountingChatCompletionsDouble.API_KEY);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".err"))).isIn(0, 1);
        return log;
    }

    private static List<String> heavyClasses(Path log) throws IOException {
        List<String> heavy = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("] ");
            String rest = at < 0 ? line : line.substring(at + 2);
            for (String prefix : HEAVY) {
                if (rest.startsWith(prefix)) {
                    heavy.add(rest.split(" ")[0]);
                }
            }
        }
        return heavy;
    }
}
