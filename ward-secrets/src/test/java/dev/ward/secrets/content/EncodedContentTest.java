package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.detect.ContentScanner;
import dev.ward.secrets.FakeSecrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets hidden by base64, URL or JSON escapes are found and placed at the encoded text. */
class EncodedContentTest {

    private final FakeSecrets fakes = new FakeSecrets(23);

    private RecordingSink scan(int depth, String text) {
        return RecordingSink.inMemory(new ContentScan(new DetectionEngine(ContentScanner.standard()), depth),
                "encoded.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void base64EncodedSecretIsFoundAtTheEncodedRun() {
        String key = fakes.openAi();
        String text = "first line\nconfig: " + base64("OPENAI_API_KEY=" + key) + "\n";
        assertThat(scan(2, text).secrets(key)).singleElement().satisfies(h -> {
            assertThat(h.encoding()).isEqualTo("base64");
            assertThat(h.line()).isEqualTo(2);
            assertThat(h.column()).isEqualTo(9);
        });
    }

    @Test
    void urlEncodedAndJsonEscapedSecretsAreFound() {
        String url = fakes.anthropic();
        String json = fakes.gitHub();
        String escapedJson = json.substring(0, 4) + "\\u00" + Integer.toHexString(json.charAt(4)) + json.substring(5);
        String text = "GET /cb?key=" + URLEncoder.encode("x " + url.replace("-", "%2D"), StandardCharsets.UTF_8)
                .replace("%252D", "%2D") + " HTTP/1.1\n"
                + "{\"token\": \"" + escapedJson + "\"}\n";
        RecordingSink sink = scan(2, text);
        assertThat(sink.secrets(url)).singleElement().satisfies(h -> assertThat(h.encoding()).isEqualTo("url"));
        assertThat(sink.secrets(json)).singleElement().satisfies(h -> {
            assertThat(h.encoding()).isEqualTo("json");
            assertThat(h.line()).isEqualTo(2);
        });
    }

    @Test
    void nestedEncodingIsFoundUpToTheDepthAndNoFurther() {
        String key = fakes.openAi();
        String twice = base64("payload=" + base64("key: " + key));
        String thrice = base64("outer=" + twice);
        assertThat(scan(2, "a: " + twice + "\n").secrets(key)).singleElement()
                .satisfies(h -> assertThat(h.encoding()).isEqualTo("base64+base64"));
        assertThat(scan(2, "b: " + thrice + "\n").secrets(key)).isEmpty();
        assertThat(scan(3, "b: " + thrice + "\n").secrets(key)).hasSize(1);
        assertThat(scan(0, "a: " + twice + "\n").secrets(key)).isEmpty();
    }

    @Test
    void base64OfBinaryOrIdentifiersIsNotDecodedIntoFalseFindings() {
        byte[] noise = new byte[300];
        new java.util.Random(5).nextBytes(noise);
        String text = "img: " + Base64.getEncoder().encodeToString(noise) + "\nAbstractQueuedSynchronizerConditionObject2\n";
        assertThat(scan(2, text).hits).isEmpty();
    }
}
