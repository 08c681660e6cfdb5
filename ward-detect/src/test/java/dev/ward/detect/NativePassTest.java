package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.detect.hyperscan.BackgroundCompile;
import dev.ward.detect.hyperscan.NativePatterns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native first pass (Vectorscan, installed by scripts/test from Debian's libvectorscan5) must find exactly what
 * the Java byte scans find: the same detections, at the same offsets, on rule examples, personal data, random text
 * dense in digits and markers, and this repository's own sources.
 */
class NativePassTest {

    private static final ContentScanner NATIVE = ContentScanner.of(SecretRules.standard(), true, 0);
    private static final ContentScanner JAVA = ContentScanner.of(SecretRules.standard(), false);

    @BeforeAll
    static void compileTheNativePass() {
        assertThat(NATIVE.nativePass()).as("native pass compiled").isTrue();
    }

    @Test
    void theNativeLibraryIsUsedWhereInstalled() {
        assertThat(NativePatterns.available())
                .as("libhs.so.5 (apt-get install libvectorscan5) with --enable-native-access")
                .isTrue();
        assertThat(NATIVE.nativePass()).isTrue();
        assertThat(JAVA.nativePass()).isFalse();
    }

    @Test
    void ruleExamplesGiveTheSameDetections() {
        StringBuilder all = new StringBuilder();
        for (SecretRule rule : SecretRules.standard().rules()) {
            for (RuleExample example : rule.positives()) {
                sameDetections(example.text());
                all.append(example.text()).append('\n');
            }
            for (String negative : rule.negatives()) {
                sameDetections(negative);
                all.append(negative).append('\n');
            }
        }
        List<Detection> found = sameDetections(all.toString());
        assertThat(found).hasSizeGreaterThan(200);
    }

    @Test
    void personalDataGivesTheSameDetections() {
        String text = """
                Contact: jane.doe+ai@example-corp.com, phone +44 20 7946 0958 or (415) 555-2671.
                Card 4111 1111 1111 1111, another 5500-0000-0000-0004; IBAN GB82 WEST 1234 5698 7654 32
                and DE89370400440532013000, FR14 2004 1010 0505 0001 3M02 606.
                {"role": "user", "content": "my number is 020 7946 0958"}
                assistant: noted, 12345678 and 1 2 3 4 5 6 7 8 9 and 1  2   3
                """;
        List<Detection> found = sameDetections(text);
        assertThat(found).extracting(Detection::ruleId).contains(EmailAddressDetector.RULE_ID,
                PhoneNumberDetector.RULE_ID, PaymentCardDetector.RULE_ID, IbanDetector.RULE_ID);
    }

    @Test
    void personalDataThatEndsTheTextGivesTheSameDetections() {
        // Nothing follows the last digit, which the digit-run expression must still report; with a separator inside
        // the run it would also be reported where the separator is.
        String padding = "x".repeat(BackgroundCompile.MIN_NATIVE_BYTES);
        assertThat(sameDetections(padding + " card 4111111111111111")).extracting(Detection::ruleId)
                .contains(PaymentCardDetector.RULE_ID);
        assertThat(sameDetections(padding + " call +44 20 7946 0958")).extracting(Detection::ruleId)
                .contains(PhoneNumberDetector.RULE_ID);
        // The shortest IBAN (Norway, 15 characters), compact and printed.
        assertThat(sameDetections(padding + " NO9386011117947")).extracting(Detection::ruleId)
                .contains(IbanDetector.RULE_ID);
        assertThat(sameDetections(padding + " NO93 8601 1117 947")).extracting(Detection::ruleId)
                .contains(IbanDetector.RULE_ID);
    }

    @Test
    void randomTextDenseInDigitsAndMarkersGivesTheSameDetections() {
        String alphabet = "0123456789       ---...(()//++@@AAGBDEFRabcxyz_=:\"'\n";
        String[] words = {"api_key=", "password: ", "token ", "sk-", "ghp_", "AKIA", "xoxb-", "assistant: ",
            "\"role\"", "IBAN ", "tel: ", "card ", "@example.com", "DE89", "GB82WEST"};
        Random random = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int length = 50 + random.nextInt(3000);
            while (text.length() < length) {
                if (random.nextInt(8) == 0) {
                    text.append(words[random.nextInt(words.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            sameDetections(text.toString());
        }
    }

    @Test
    void moreMatchesThanTheEventsHoldFallBackToTheByteScans() {
        // A digit run broken by a dot after every digit: the digit-run expression matches at every dot, over a million
        // times, more than MatchEvents holds.
        String digits = "card 4111 1111 1111 1111 api_key=\"" + "9.".repeat(1_100_000) + "\" tel: +44 20 7946 0958";
        List<Detection> found = sameDetections(digits);
        assertThat(found).extracting(Detection::ruleId).contains(PaymentCardDetector.RULE_ID);
    }

    @Test
    void sourceFilesGiveTheSameDetections() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve("ward-detect/src"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(20);
        int detections = 0;
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            List<Detection> expected = JAVA.scan(data, 0, data.length);
            assertThat(NATIVE.scan(data, 0, data.length)).as("%s", file).isEqualTo(expected);
            detections += expected.size();
        }
        assertThat(detections).as("detections in ward-detect's sources and rule files").isGreaterThan(100);
    }

    private static List<Detection> sameDetections(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        List<Detection> expected = JAVA.scan(data, 0, data.length);
        assertThat(NATIVE.scan(data, 0, data.length)).as("native pass over %.300s", text).isEqualTo(expected);
        return expected;
    }
}
