package dev.ward.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void longResponsesAreCutToAnExcerptThatSaysSo() {
        Evidence e = Evidence.of("big", "GET /", "x".repeat(100_000));
        assertThat(e.response().length()).isLessThan(Evidence.MAX_EXCERPT_CHARS + 100);
        assertThat(e.response()).contains("more characters not shown");
        assertThat(e.request()).isEqualTo("GET /");
    }

    @Test
    void nullSidesBecomeEmpty() {
        Evidence e = Evidence.of("refused", null, null);
        assertThat(e.request()).isEmpty();
        assertThat(e.response()).isEmpty();
    }
}
