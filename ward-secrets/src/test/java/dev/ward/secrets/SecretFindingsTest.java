package dev.ward.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.core.Control;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a finding says: rule id, severity, controls, location, masked value, and a fingerprint that stays put. */
class SecretFindingsTest {

    private final FakeSecrets fakes = new FakeSecrets(79);

    @TempDir
    Path tmp;

    @Test
    void findingCarriesRuleSeverityControlsLocationAndOnlyTheMask() throws Exception {
        String key = fakes.openAi();
        Path dir = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(dir.resolve("settings.py"), "import os\n\nclient = OpenAI(api_key=\"" + key + "\")\n");
        Finding f = SecretsRun.of(new SecretsOptions(), dir).of(key).getFirst();
        assertThat(f.ruleId()).isEqualTo("secrets.openai-project-key");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.controls()).extracting(Control::reference).containsExactly("OWASP-LLM02:2025", "CWE-798", "ATLAS AML.T0055");
        assertThat(f.location().uri()).isEqualTo("settings.py");
        assertThat(f.location().line()).isEqualTo(3);
        assertThat(f.location().column()).isEqualTo(26);
        assertThat(f.message()).startsWith("OpenAI API key sk-pro…#").doesNotContain(key);
        assertThat(f.properties()).containsEntry("provider", "OpenAI").containsEntry("confidence", "pattern")
                .containsEntry("verification", "not checked");
        assertThat(f.remediation()).contains("platform.openai.com/api-keys");
    }

    @Test
    void fingerprintIsStableAcrossRunsCheckoutsAndLineShifts() throws Exception {
        String key = fakes.openAi();
        Path one = Files.createDirectories(tmp.resolve("checkout-one"));
        Path two = Files.createDirectories(tmp.resolve("elsewhere/checkout-two"));
        Files.writeString(one.resolve("a.env"), "K=" + key + "\n");
        Files.writeString(two.resolve("a.env"), "# moved down\n\nK=" + key + "\n");
        String first = SecretsRun.of(new SecretsOptions(), one).of(key).getFirst().fingerprint();
        assertThat(SecretsRun.of(new SecretsOptions(), one).of(key).getFirst().fingerprint()).isEqualTo(first);
        assertThat(SecretsRun.of(new SecretsOptions(), two).of(key).getFirst().fingerprint()).isEqualTo(first);
        Files.writeString(one.resolve("b.env"), "K=" + key + "\n");
        assertThat(SecretsRun.of(new SecretsOptions(), one).of(key)).extracting(Finding::fingerprint).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void personalDataIsReportedAtLowSeverity() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pii"));
        Files.writeString(dir.resolve("users.csv"), "name,email\nAda,ada.lovelace@example.org\n");
        assertThat(SecretsRun.of(new SecretsOptions(), dir).rule("email-address")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.controls()).extracting(Control::reference).contains("OWASP-LLM02:2025", "CWE-359");
            assertThat(f.message()).doesNotContain("ada.lovelace@example.org");
        });
    }

    @Test
    void userRulesFileAddsARuleAndABadOneIsAUsageError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("custom"));
        Files.writeString(dir.resolve("conf.txt"), "internal = ACME-" + "7Hq2Lr9Xw4Kp1Zt8Vn3M" + "\n");
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - id: acme-internal-token
                    label: internal token
                    provider: ACME
                    severity: high
                    pattern: 'ACME-[A-Za-z0-9]{20}'
                    keywords: [acme-]
                    examples:
                      positive:
                        - ACME-Zq8Lr2Xw4Kp1Zt8Vn3Mb
                      negative:
                        - ACME-short
                """);
        SecretsRun run = SecretsRun.of(new SecretsOptions().rulesFile(rules), dir);
        assertThat(run.rule("acme-internal-token")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        Files.writeString(rules, "rules:\n  - id: broken\n    pattern: '(['\n");
        assertThatThrownBy(() -> new SecretsScanner(new SecretsOptions().rulesFile(rules)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad --rules file");
    }
}
