package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetectionTallyTest {

    private static Detection secret(String label, String provider) {
        return new Detection("rule", Category.SECRET, label, provider, 0, 5, "value");
    }

    private static Detection of(Category category, String label) {
        return new Detection("rule", category, label, "", 0, 5, "value");
    }

    private static void times(DetectionTally tally, int n, Detection detection) {
        for (int i = 0; i < n; i++) {
            tally.add(detection);
        }
    }

    @Test
    void summaryGroupsLabelsAndSortsProvidersByCount() {
        DetectionTally tally = new DetectionTally();
        times(tally, 2, secret("API key", "AWS"));
        times(tally, 3, secret("API key", "OpenAI"));
        times(tally, 2, secret("API key", "DeepSeek"));
        times(tally, 3, of(Category.PII, "e-mail address"));
        times(tally, 1, of(Category.PII, "card number"));
        times(tally, 2, of(Category.CHAT_TRANSCRIPT, "chat transcript"));
        assertThat(tally.summary()).isEqualTo(
                "7 API keys (3 OpenAI, 2 AWS, 2 DeepSeek), 2 chat transcripts, 3 e-mail addresses, 1 card number");
        assertThat(tally.secrets()).isEqualTo(7);
        assertThat(tally.personalData()).isEqualTo(4);
        assertThat(tally.transcripts()).isEqualTo(2);
        assertThat(tally.total()).isEqualTo(13);
        assertThat(tally.byProvider()).containsExactly(
                java.util.Map.entry("OpenAI", 3L), java.util.Map.entry("AWS", 2L), java.util.Map.entry("DeepSeek", 2L));
        assertThat(tally.byLabel()).containsEntry("API key", 7L).containsEntry("e-mail address", 3L);
    }

    @Test
    void singularAndPluralWording() {
        DetectionTally tally = new DetectionTally();
        tally.add(secret("private key", ""));
        tally.add(of(Category.PII, "IBAN"));
        tally.add(of(Category.PII, "IBAN"));
        tally.add(of(Category.CHAT_TRANSCRIPT, "chat transcript"));
        times(tally, 2, secret("JWT", ""));
        times(tally, 2, secret("database password", "PostgreSQL"));
        assertThat(tally.summary()).isEqualTo(
                "2 JWTs, 2 database passwords (2 PostgreSQL), 1 private key, 1 chat transcript, 2 IBANs");
        assertThat(EnglishPlural.of("phone number", 2)).isEqualTo("phone numbers");
        assertThat(EnglishPlural.of("e-mail address", 1)).isEqualTo("e-mail address");
        assertThat(EnglishPlural.of("access key", 3)).isEqualTo("access keys");
        assertThat(EnglishPlural.of("secret entry", 3)).isEqualTo("secret entries");
    }

    @Test
    void emptyTally() {
        DetectionTally tally = new DetectionTally();
        assertThat(tally.isEmpty()).isTrue();
        assertThat(tally.summary()).isEmpty();
        assertThat(tally.total()).isZero();
    }

    @Test
    void mergeAddsCounts() {
        DetectionTally a = new DetectionTally();
        a.add(secret("API key", "OpenAI"));
        DetectionTally b = new DetectionTally();
        b.add(secret("API key", "OpenAI"));
        b.add(secret("API key", "Groq"));
        b.add(of(Category.PII, "phone number"));
        a.merge(b);
        assertThat(a.summary()).isEqualTo("3 API keys (2 OpenAI, 1 Groq), 1 phone number");
        assertThat(b.total()).as("the merged-in tally is unchanged").isEqualTo(3);
    }

    @Test
    void countsRealScanResults() {
        String text = "OPENAI_API_KEY=sk-WardFakeAbcdEfgh1234T3BlbkFJWardFakeZyxwVuts9876\n"
                + "mail jane@example.org or call +44 20 7946 0958\n";
        DetectionTally tally = new DetectionTally().addAll(ContentScanner.standard().scan(text));
        assertThat(tally.summary()).isEqualTo("1 API key (1 OpenAI), 1 e-mail address, 1 phone number");
        assertThat(tally.toString()).doesNotContain("T3BlbkFJ");
    }
}
