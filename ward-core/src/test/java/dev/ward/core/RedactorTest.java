package dev.ward.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String SECRET = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

    private final Redactor redactor = new Redactor(List.of(text -> {
        List<SensitiveSpan> spans = new ArrayList<>();
        Matcher m = Pattern.compile("sk-proj-[a-z0-9]+").matcher(text);
        while (m.find()) {
            spans.add(new SensitiveSpan(m.start(), m.end(), "test"));
        }
        return spans;
    }));

    @Test
    void maskKeepsShortPrefixAndFingerprint() {
        String masked = Redactor.mask(SECRET);
        assertThat(masked).startsWith("sk-pro…#").hasSize("sk-pro…#".length() + 8).doesNotContain("abcdef");
        assertThat(Redactor.mask(SECRET)).isEqualTo(masked);
        assertThat(Redactor.mask(SECRET + "x")).isNotEqualTo(masked);
    }

    @Test
    void shortSecretsKeepLessOrNoPrefix() {
        assertThat(Redactor.mask("hunter2")).startsWith("…#");
        assertThat(Redactor.mask("password1")).startsWith("pa…#");
    }

    @Test
    void scrubReplacesEverySpanAndKeepsTheRest() {
        String text = "key=" + SECRET + " and again " + SECRET + ".";
        String scrubbed = redactor.scrub(text);
        assertThat(scrubbed).doesNotContain(SECRET).startsWith("key=sk-pro…#").endsWith(".").contains(" and again ");
    }

    @Test
    void overlappingSpansMergeSoNoFragmentShows() {
        Redactor twoFinders = new Redactor(List.of(
                t -> List.of(new SensitiveSpan(0, 10, "a")),
                t -> List.of(new SensitiveSpan(5, 20, "b"))));
        String scrubbed = twoFinders.scrub("0123456789abcdefghijXYZ");
        assertThat(scrubbed).endsWith("XYZ").doesNotContain("56789").doesNotContain("abcdefghij");
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        assertThat(redactor.scrub("SELECT version()")).isEqualTo("SELECT version()");
        assertThat(redactor.scrub("")).isEmpty();
    }
}
