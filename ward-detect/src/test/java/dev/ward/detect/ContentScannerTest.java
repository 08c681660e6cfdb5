package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContentScannerTest {

    private static final ContentScanner SCANNER = ContentScanner.standard();
    private static final String OPENAI = "sk-WardFakeAbcdEfgh1234T3BlbkFJWardFakeZyxwVuts9876";

    @Test
    void resultsAreSortedAndTranscriptsSitBesideWhatTheyContain() {
        String text = "mail ops@example.org\n[{\"role\":\"user\",\"content\":\"here is my key " + OPENAI + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"Please rotate it now.\"}]";
        List<Detection> found = SCANNER.scan(text);
        assertThat(found).extracting(Detection::category)
                .containsExactly(Category.PII, Category.CHAT_TRANSCRIPT, Category.SECRET);
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(Detection::start));
    }

    @Test
    void aSecretOverlappingPersonalDataIsReportedOnceAsTheSecret() {
        String text = "postgres://app:s3cretWardFake@db.example.org/app";
        assertThat(new EmailAddressDetector().detect(text)).as("the e-mail detector alone sees an address").hasSize(1);
        List<Detection> found = SCANNER.scan(text);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("postgres-url-password");
            assertThat(d.value()).isEqualTo("s3cretWardFake");
        });
    }

    @Test
    void emptyAndNullTextsHaveNoDetections() {
        assertThat(SCANNER.scan("")).isEmpty();
        assertThat(SCANNER.scan(null)).isEmpty();
    }

    @Test
    void concurrentScansAgree() throws Exception {
        String text = ("row " + OPENAI + " jane@example.org +44 20 7946 0958\n").repeat(200);
        List<Detection> expected = SCANNER.scan(text);
        assertThat(expected).hasSize(600);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<Detection>>> results = pool.invokeAll(
                    java.util.Collections.nCopies(32, () -> SCANNER.scan(text)));
            for (Future<List<Detection>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void sourceLikeTextWithoutSecretsScansQuickly() {
        String text = SourceLikeText.generate(5 * 1024 * 1024);
        SCANNER.scan(text.substring(0, 200_000)); // warm-up
        long started = System.nanoTime();
        List<Detection> found = SCANNER.scan(text);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(found).as("no secrets were planted").noneMatch(d -> d.category() == Category.SECRET);
        assertThat(took).as("5 MB scan time").isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void pathologicalInputsStayBounded() {
        // Each input aims at one rule's worst case; catastrophic backtracking would take minutes, not seconds.
        int size = 4 * 1024 * 1024;
        List<String> hostile = List.of(
                "sk-proj-".repeat(size / 8),
                "T3BlbkFJ".repeat(size / 8),
                "sk-" + "a".repeat(size),
                "postgres://" + "a:".repeat(size / 2),
                "-----BEGIN PRIVATE KEY-----".repeat(size / 27),
                "eyJ".repeat(size / 3),
                "eyJhbGciOiJub25lIn0.".repeat(size / 20),
                "a@".repeat(size / 2),
                "a".repeat(size) + "@" + "b".repeat(size / 2),
                "{\"role\":\"user\",\"content\":\"".repeat(size / 26),
                "\"role\":\"user\" ".repeat(size / 15),
                "User: hi there\n".repeat(size / 15),
                "4".repeat(size),
                "4111 ".repeat(size / 5),
                "+1 ".repeat(size / 3),
                "DE87 ".repeat(size / 5),
                "aws deepseek cohere mistral ".repeat(size / 28) + "Ab1/".repeat(size / 4));
        for (String input : hostile) {
            long started = System.nanoTime();
            SCANNER.scan(input);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("scan of %s…", input.substring(0, Math.min(30, input.length())))
                    .isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void aTenMegabyteStringScansInBoundedTime() {
        String text = SourceLikeText.generate(9 * 1024 * 1024) + "-----BEGIN PRIVATE KEY-----".repeat(40_000);
        long started = System.nanoTime();
        SCANNER.scan(text);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void a64KiBCellScansQuickly() {
        String cell = ("{\"id\": 17, \"name\": \"Widget\", \"tags\": [\"a\", \"b\"], \"price\": 12.5}, ").repeat(2000)
                .substring(0, 64 * 1024);
        SCANNER.scan(cell);
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            SCANNER.scan(cell);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
}
