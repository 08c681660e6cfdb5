package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRulesLoadingTest {

    private static final String ACME_RULE = """
            rules:
              - id: acme-token
                label: API key
                provider: Acme
                severity: high
                pattern: 'acme_[a-z0-9]{20}'
                keywords: [acme_]
                examples:
                  positive: [acme_wardfake012345678901]
                  negative: [acme_short]
            """;

    private static SecretRules parse(String yaml) {
        return SecretRules.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void userFileAddsReplacesAndDisablesRulesById(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-rules.yaml");
        Files.writeString(file, ACME_RULE + """
                  - id: stripe-test-key
                    label: test API key
                    provider: Stripe
                    severity: info
                    pattern: 'sk_test_[A-Za-z0-9]{24,99}'
                    keywords: [sk_test_]
                    examples:
                      positive: [sk_test_WardFakeyh3aF8GKUZUuT2XS]
                  - id: jwt
                    disabled: true
                """);
        SecretRules standard = SecretRules.standard();
        SecretRules loaded = SecretRules.load(file);
        assertThat(loaded.size()).isEqualTo(standard.size() + 1 - 1);
        assertThat(loaded.find("acme-token")).isPresent();
        assertThat(loaded.find("jwt")).isEmpty();
        assertThat(loaded.find("stripe-test-key").orElseThrow().severity()).isEqualTo(dev.ward.core.Severity.INFO);
        assertThat(standard.find("stripe-test-key").orElseThrow().severity()).isEqualTo(dev.ward.core.Severity.LOW);

        ContentScanner scanner = ContentScanner.of(loaded);
        assertThat(scanner.scan("token: acme_wardfake012345678901")).singleElement()
                .extracting(Detection::ruleId).isEqualTo("acme-token");
    }

    @Test
    void badRegexIsReportedWithTheRuleId() {
        assertThatThrownBy(() -> parse(ACME_RULE.replace("'acme_[a-z0-9]{20}'", "'acme_[a-z0-9{20}'")))
                .isInstanceOf(SecretRuleException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("acme-token")
                .hasMessageContaining("not a valid Java regex");
    }

    @Test
    void missingIdIsReportedWithTheRulePosition() {
        assertThatThrownBy(() -> parse(ACME_RULE.replace("- id: acme-token\n    ", "- ")))
                .isInstanceOf(SecretRuleException.class)
                .hasMessageContaining("rule #1 has no id");
    }

    @Test
    void duplicateIdIsRejected() {
        String twice = ACME_RULE + ACME_RULE.substring(ACME_RULE.indexOf("  - id"));
        assertThatThrownBy(() -> parse(twice))
                .isInstanceOf(SecretRuleException.class)
                .hasMessageContaining("'acme-token' is defined more than once");
    }

    @Test
    void otherMistakesAreNamed() {
        assertThatThrownBy(() -> parse(ACME_RULE.replace("keywords:", "keyword:")))
                .hasMessageContaining("unknown field 'keyword'");
        assertThatThrownBy(() -> parse(ACME_RULE.replace("[acme_]", "[ACME_]")))
                .hasMessageContaining("keyword 'ACME_' must be lowercase");
        assertThatThrownBy(() -> parse(ACME_RULE.replace("severity: high", "severity: severe")))
                .hasMessageContaining("unknown severity 'severe'");
        assertThatThrownBy(() -> parse(ACME_RULE.replace("keywords: [acme_]", "keywords: [acme_]\n    secretGroup: 2")))
                .hasMessageContaining("secretGroup 2 but the pattern has 0 groups");
        assertThatThrownBy(() -> parse(ACME_RULE.replace("positive: [acme_wardfake012345678901]", "positive: []")))
                .hasMessageContaining("needs at least one positive example");
        assertThatThrownBy(() -> parse("rules: {}")).isInstanceOf(SecretRuleException.class);
    }
}
