package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The markers of the native pass (Vectorscan, installed by scripts/test) against a plain reading of the same bytes. */
class TextMarkersTest {

    private static final ContentScanner NATIVE = ContentScanner.of(SecretRules.standard(), true, 0);
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern JSON = Pattern.compile("\\\\(?:/|u00[2-7][0-9A-Fa-f])");

    @BeforeAll
    static void compileTheNativePass() {
        assertThat(NATIVE.nativePass()).as("native pass compiled").isTrue();
    }

    @Test
    void markersOfSmallCases() {
        assertThat(markers("plain %s and \\n only")).satisfies(m -> {
            assertThat(m.firstNonAscii()).isEqualTo(-1);
            assertThat(m.percentEscape()).isFalse();
            assertThat(m.jsonEscape()).isFalse();
        });
        assertThat(markers("q=a%2Fb caf\u00e9").percentEscape()).isTrue();
        assertThat(markers("q=a%2Fb caf\u00e9").firstNonAscii()).isEqualTo(11);
        assertThat(markers("{\"k\":\"a\\/b\"}").jsonEscape()).isTrue();
        assertThat(markers("\\u00e9 only").jsonEscape()).isFalse();
    }

    @Test
    void markersAgreeWithAPlainReadingOnRandomText() {
        String[] pieces = {"%s", "%4", "%2F", "\\n", "\\u0041", "\\u00e9", "\\/", " ", "\n", "=", "==", "abc", "Q0",
            "x/y+z", "-_", "AbCdEfGh12345678", "\u00e9", "\u20ac", "\"", "."};
        Random random = new Random(5);
        for (int doc = 0; doc < 500; doc++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            TextMarkers m = markers(data);
            assertThat(m.firstNonAscii()).as(text.toString()).isEqualTo(firstNonAscii(data));
            String latin = new String(data, StandardCharsets.ISO_8859_1);
            assertThat(m.percentEscape()).as(text.toString()).isEqualTo(PERCENT.matcher(latin).find());
            assertThat(m.jsonEscape()).as(text.toString()).isEqualTo(JSON.matcher(latin).find());
        }
    }

    @Test
    void aJavaPassHasNoMarkers() {
        byte[] data = "a".repeat(40).getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentScanner.of(SecretRules.standard(), false).scanWithMarkers(data, 0, data.length).markers())
                .isNull();
    }

    private static TextMarkers markers(String text) {
        return markers(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TextMarkers markers(byte[] data) {
        TextMarkers m = NATIVE.scanWithMarkers(data, 0, data.length).markers();
        assertThat(m).as("native markers").isNotNull();
        return m;
    }

    private static int firstNonAscii(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] < 0) {
                return i;
            }
        }
        return -1;
    }
}
