package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Walks every built-in rule and checks it against the examples it carries. */
class SecretRulesExamplesTest {

    private static final SecretRules RULES = SecretRules.standard();
    private static final SecretDetector SECRETS = new SecretDetector(RULES);
    private static final ContentScanner SCANNER = ContentScanner.standard();

    @Test
    void everyRuleHasPositiveAndNegativeExamples() {
        assertThat(RULES.rules()).hasSizeGreaterThanOrEqualTo(30);
        for (SecretRule rule : RULES.rules()) {
            assertThat(rule.positives()).as("positives of %s", rule.id()).isNotEmpty();
            assertThat(rule.negatives()).as("negatives of %s", rule.id()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPositiveIsFoundByExactlyItsRule() {
        return RULES.rules().stream().flatMap(rule -> rule.positives().stream().map(example -> DynamicTest.dynamicTest(
                rule.id() + " finds " + example, () -> {
                    int start = example.text().indexOf(example.secret());
                    int end = start + example.secret().length();
                    List<Detection> overlapping = SCANNER.scan(example.text()).stream()
                            .filter(d -> d.category() == Category.SECRET && d.start() < end && start < d.end())
                            .toList();
                    assertThat(overlapping).as("detections over the secret in %s example", rule.id()).hasSize(1);
                    Detection found = overlapping.getFirst();
                    assertThat(found.ruleId()).isEqualTo(rule.id());
                    assertThat(found.start()).as("start of %s", rule.id()).isEqualTo(start);
                    assertThat(found.end()).as("end of %s", rule.id()).isEqualTo(end);
                    assertThat(found.value()).isEqualTo(example.secret());
                    assertThat(found.label()).isEqualTo(rule.label());
                    assertThat(found.provider()).isEqualTo(rule.provider());
                })));
    }

    @TestFactory
    Stream<DynamicTest> noNegativeIsFoundByItsRule() {
        return RULES.rules().stream().flatMap(rule -> rule.negatives().stream().map(negative -> DynamicTest.dynamicTest(
                rule.id() + " ignores negative #" + (rule.negatives().indexOf(negative) + 1), () ->
                        assertThat(SECRETS.detect(negative))
                                .as("raw detections of %s", rule.id())
                                .noneMatch(d -> d.ruleId().equals(rule.id())))));
    }

    @Test
    void everyRuleKeywordOccursInEachPositiveExample() {
        for (SecretRule rule : RULES.rules()) {
            for (RuleExample example : rule.positives()) {
                String lower = example.text().toLowerCase(java.util.Locale.ROOT);
                assertThat(rule.keywords()).as("keywords of %s", rule.id()).anyMatch(lower::contains);
            }
        }
    }
}
