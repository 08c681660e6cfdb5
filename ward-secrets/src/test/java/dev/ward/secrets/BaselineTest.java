package dev.ward.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline of hashed secrets: CI fails only on new ones, and the file never holds a secret. */
class BaselineTest {

    private final FakeSecrets fakes = new FakeSecrets(71);

    @TempDir
    Path tmp;

    @Test
    void knownSecretsAreLeftOutAndNewOnesReported() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        String old = fakes.openAi();
        Files.writeString(repo.resolve("a.env"), "OPENAI_API_KEY=" + old + "\n");
        Path baseline = tmp.resolve("baseline.json");

        SecretsRun first = SecretsRun.of(new SecretsOptions().writeBaseline(baseline), repo);
        assertThat(first.of(old)).hasSize(1);
        String file = Files.readString(baseline);
        assertThat(file).doesNotContain(old).contains("secrets.openai-project-key").contains("a.env")
                .contains("sha256:" + SecretHash.of(old));

        String fresh = fakes.gitHub();
        Files.writeString(repo.resolve("b.sh"), "export GH=" + fresh + "\n");
        SecretsRun second = SecretsRun.of(new SecretsOptions().baseline(baseline), repo);
        assertThat(second.of(old)).isEmpty();
        assertThat(second.of(fresh)).hasSize(1);
        assertThat(second.summary().inBaseline()).isEqualTo(1);
    }

    @Test
    void theSameSecretAtANewPathIsNew() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        String key = fakes.openAi();
        Files.writeString(repo.resolve("a.env"), "K=" + key + "\n");
        Path baseline = tmp.resolve("baseline.json");
        SecretsRun.of(new SecretsOptions().writeBaseline(baseline), repo);
        Files.writeString(repo.resolve("copied.env"), "K=" + key + "\n");
        SecretsRun run = SecretsRun.of(new SecretsOptions().baseline(baseline), repo);
        assertThat(run.of(key)).extracting(f -> f.location().uri()).containsExactly("copied.env");
    }

    @Test
    void malformedBaselineIsAUsageError() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"secrets\": [{\"hash\": \"md5:abc\", \"rule\": \"x\"}]}");
        assertThatThrownBy(() -> new SecretsScanner(new SecretsOptions().baseline(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha256");
        Files.writeString(bad, "not json");
        assertThatThrownBy(() -> new SecretsScanner(new SecretsOptions().baseline(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read --baseline");
    }
}
