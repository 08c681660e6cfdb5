package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsRun;
import dev.ward.secrets.SecretsScanner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSONL chat logs, .env files and standard input. */
class ChatLogsAndStdinTest {

    private final FakeSecrets fakes = new FakeSecrets(67);

    @TempDir
    Path root;

    @Test
    void jsonlChatLogGivesTheSecretAndATranscriptAtLowerSeverity() throws Exception {
        String pasted = fakes.openAi();
        String log = """
                {"ts":"2025-01-01T10:00:00Z","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"my code fails, here is my config"},{"role":"assistant","content":"Please share the error."}]}
                {"ts":"2025-01-01T10:01:00Z","messages":[{"role":"user","content":"OPENAI_API_KEY=%s and it says 401"},{"role":"assistant","content":"That key looks revoked; rotate it."}]}
                """.formatted(pasted);
        Files.writeString(root.resolve("chats.jsonl"), log);
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat(run.of(pasted)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(2);
            assertThat(f.severity().label()).isEqualTo("critical");
        });
        assertThat(run.rule("chat-transcript")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity().label()).isEqualTo("low"));
        assertThat(run.allText()).doesNotContain(pasted);
    }

    @Test
    void dotEnvFileSecretsAreFound() throws Exception {
        String stripe = fakes.stripeLive();
        String aws = fakes.awsKeyId();
        Files.writeString(root.resolve(".env"), "# local settings\nSTRIPE_SECRET_KEY=" + stripe + "\nAWS_ACCESS_KEY_ID=" + aws + "\n");
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat(run.of(stripe)).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(2));
        assertThat(run.of(aws)).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(3));
    }

    @Test
    void standardInputIsScannedAsStdin() {
        String key = fakes.anthropic();
        String input = "2025-01-01 INFO starting\n2025-01-01 DEBUG using key " + key + "\n";
        SecretsRun run = SecretsRun.of(new SecretsScanner(new SecretsOptions()),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(run.of(key)).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo("stdin");
            assertThat(f.location().line()).isEqualTo(2);
            assertThat(f.location().column()).isEqualTo(28);
        });
    }
}
