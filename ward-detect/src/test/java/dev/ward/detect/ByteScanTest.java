package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte API: offsets in bytes, values decoded, and no input that makes it crash or hang. */
class ByteScanTest {

    private static final ContentScanner SCANNER = ContentScanner.standard();
    private static final String OPENAI = "sk-WardFakeAbcdEfgh1234T3BlbkFJWardFakeZyxwVuts9876";

    @Test
    void offsetsAreByteOffsetsRelativeToTheSliceAndAgreeWithTheCharApi() {
        String text = "Größe ключ → " + OPENAI + " ✓ mail: jane.doe@example.org, card 4526 0181 5908 3012";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[utf8.length + 10];
        System.arraycopy(utf8, 0, padded, 7, utf8.length);
        List<Detection> bytes = SCANNER.scan(padded, 7, utf8.length);
        List<Detection> chars = SCANNER.scan(text);
        assertThat(bytes).extracting(Detection::ruleId).isEqualTo(chars.stream().map(Detection::ruleId).toList());
        assertThat(bytes).hasSize(3);
        for (int i = 0; i < bytes.size(); i++) {
            Detection b = bytes.get(i);
            Detection c = chars.get(i);
            assertThat(b.value()).isEqualTo(c.value());
            assertThat(new String(utf8, b.start(), b.end() - b.start(), StandardCharsets.UTF_8)).isEqualTo(b.value());
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.value());
        }
        assertThat(bytes.getFirst().start()).isGreaterThan(chars.getFirst().start()).as("multi-byte characters before it");
    }

    @Test
    void invalidUtf8AndBinaryAroundASecretDoNotHideIt() {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        byte[] secret = OPENAI.getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[junk.length * 2 + secret.length + 3];
        System.arraycopy(junk, 0, data, 0, junk.length);
        data[junk.length] = (byte) 0xC3; // a truncated two-byte sequence
        data[junk.length + 1] = ' ';
        System.arraycopy(secret, 0, data, junk.length + 2, secret.length);
        data[junk.length + 2 + secret.length] = '\n';
        System.arraycopy(junk, 0, data, junk.length + 3 + secret.length, junk.length);
        List<Detection> found = SCANNER.scan(data, 0, data.length).stream()
                .filter(d -> d.ruleId().equals("openai-legacy-key")).toList();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(junk.length + 2);
            assertThat(d.value()).isEqualTo(OPENAI);
        });
        assertThat(SCANNER.scan(new String(data, StandardCharsets.ISO_8859_1))).as("char API on the same junk")
                .anyMatch(d -> d.ruleId().equals("openai-legacy-key"));
    }

    @Test
    void aHundredMegabyteLineWithoutNewlinesScansInBoundedTime() {
        byte[] line = new byte[100 * 1024 * 1024];
        byte[] pattern = "token=a1b2c3 id:42 x@y key_ref=0xff , ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < line.length; i++) {
            line[i] = pattern[i % pattern.length];
        }
        long started = System.nanoTime();
        List<Detection> found = SCANNER.scan(line, 0, line.length);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(found).isEmpty();
        assertThat(took).as("100 MB single line").isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void randomBinaryScansWithoutErrorsAndQuickly() {
        byte[] binary = new byte[16 * 1024 * 1024];
        new Random(11).nextBytes(binary);
        long started = System.nanoTime();
        SCANNER.scan(binary, 0, binary.length);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void sourceLikeBytesScanAtAGenerousRateWithoutFindings() {
        byte[] text = SourceLikeText.generate(8 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        SCANNER.scan(text, 0, 1 << 20); // warm-up
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            List<Detection> found = SCANNER.scan(text, 0, text.length);
            best = Math.min(best, System.nanoTime() - started);
            assertThat(found).noneMatch(d -> d.category() == Category.SECRET);
        }
        double mbPerSecond = text.length / 1e6 / (best / 1e9);
        // This synthetic text puts a rule keyword (token, deepseek, aws, ://) on most lines, the costly case: each one
        // runs a regex. Real source trees are far sparser (bench/detect-throughput.sh); this only catches a gross
        // regression on a busy CI machine.
        assertThat(mbPerSecond).as("MB/s on keyword-dense source-like bytes").isGreaterThan(5);
    }

    @Test
    void emptyAndOutOfRangeSlices() {
        assertThat(SCANNER.scan(new byte[0], 0, 0)).isEmpty();
        byte[] data = new byte[10];
        Arrays.fill(data, (byte) 'a');
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SCANNER.scan(data, 5, 6))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
