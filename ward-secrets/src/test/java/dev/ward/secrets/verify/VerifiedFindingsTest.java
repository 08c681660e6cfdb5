package dev.ward.secrets.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Severity;
import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsRun;
import dev.ward.secrets.SecretsScanner;
import dev.ward.secrets.verify.ProviderStandIn.Answer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole scan with --verify against stand-ins: severity follows the provider's answer, each secret asked once. */
class VerifiedFindingsTest {

    private final FakeSecrets fakes = new FakeSecrets(89);

    @TempDir
    Path dir;

    @Test
    void verifiedIsCriticalInvalidIsLowAndUnverifiableIsUnknown() throws Exception {
        String live = fakes.gitHub();
        String revoked = fakes.gitHub();
        String aws = fakes.awsKeyId();
        Files.writeString(dir.resolve("ci.sh"), "export GH_TOKEN=" + live + "\nexport OLD=" + revoked + "\n");
        Files.writeString(dir.resolve("again.sh"), "GH_TOKEN=" + live + "\n");
        Files.writeString(dir.resolve("aws.env"), "AWS_ACCESS_KEY_ID=" + aws + "\n");
        try (ProviderStandIn github = ProviderStandIn.of(Set.of(live),
                Answer.of(200, "{\"login\":\"octocat\",\"id\":1}"), Answer.of(401, "{\"message\":\"Bad credentials\"}"));
             ProviderStandIn elsewhere = ProviderStandIn.of(Set.of(), Answer.of(200, "{}"), Answer.of(200, "{}"))) {
            LiveVerifier verifier = new LiveVerifier(ProviderChecks.standard(),
                    Map.of("GitHub", github.uri(), "OpenAI", elsewhere.uri()), Duration.ofSeconds(5), d -> { });
            SecretsRun run = SecretsRun.of(new SecretsScanner(new SecretsOptions().verify(true), verifier),
                    new ByteArrayInputStream(new byte[0]), dir.toString());
            assertThat(run.of(live)).hasSize(2).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.properties()).containsEntry("verification", "verified");
                assertThat(f.remediation()).contains("github.com/settings/tokens");
            });
            assertThat(run.of(revoked)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.properties()).containsEntry("verification", "invalid");
            });
            assertThat(run.of(aws)).singleElement().satisfies(f -> assertThat(f.properties()).containsEntry("verification", "unknown"));
            assertThat(github.received()).hasSize(2);
            assertThat(github.paths()).containsOnly("GET /user");
            assertThat(elsewhere.received()).isEmpty();
            assertThat(run.allText()).doesNotContain(live).doesNotContain(revoked).doesNotContain(aws);
        }
    }
}
