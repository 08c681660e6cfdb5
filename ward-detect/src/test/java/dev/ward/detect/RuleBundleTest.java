package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBundleTest {

    @Test
    void theBuiltBundleSaysExactlyWhatTheYamlFilesSay() throws IOException {
        List<RuleBundle.FileEntries> fromYaml = SecretRules.readBuiltInYaml(SecretRules.class::getResourceAsStream);
        try (InputStream bundle = SecretRules.class.getResourceAsStream(RuleBundle.RESOURCE)) {
            assertThat(bundle).as("the build writes " + RuleBundle.RESOURCE + " in process-classes").isNotNull();
            assertThat(RuleBundle.read(bundle)).isEqualTo(fromYaml);
        }
    }

    @Test
    void theStandardRulesAreTheRulesOfTheYamlFiles() {
        assertThat(SecretRules.standard().rules()).extracting(SecretRule::toString)
                .containsExactlyElementsOf(SecretRules.builtInFromYaml().rules().stream().map(SecretRule::toString).toList());
        assertThat(SecretRules.standard().rules()).extracting(rule -> rule.pattern().pattern())
                .containsExactlyElementsOf(SecretRules.builtInFromYaml().rules().stream().map(rule -> rule.pattern().pattern()).toList());
    }

    @Test
    void everyFieldOfARuleEntryIsInTheBundle() {
        assertThat(Arrays.stream(SecretRuleFile.Entry.class.getRecordComponents()).map(RecordComponent::getName))
                .as("a new rule field must be written and read by RuleBundle")
                .containsExactlyElementsOf(RuleBundle.FIELDS);
    }

    @Test
    void nullsAndEmptyListsSurviveTheRoundTrip() throws IOException {
        SecretRuleFile.Entry sparse = new SecretRuleFile.Entry("x-rule", null, null, "abc", null, List.of(), null, null,
                7, null, "high", null, null, null, true, null, null,
                new SecretRuleFile.Examples(List.of(new RuleExample("t abc", "abc")), null), null);
        List<RuleBundle.FileEntries> files = List.of(new RuleBundle.FileEntries("f.yaml", List.of(sparse)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleBundle.write(files, out);
        assertThat(RuleBundle.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(files);
    }

    @Test
    void aForeignFileIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> RuleBundle.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(IOException.class).hasMessageContaining("rebuild Ward");
    }
}
