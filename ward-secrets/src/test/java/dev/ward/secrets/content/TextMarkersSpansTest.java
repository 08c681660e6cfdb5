package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.TextMarkers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native pass's markers (Vectorscan, installed by scripts/test) may only spare work: every text gives the same
 * encoded spans whether the finder is told by the markers which escapes occur or searches every byte for them.
 */
class TextMarkersSpansTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(ContentScanner.standard());
    /** Texts this short are scanned in Java, so every text is padded past it (spaces change no span). */
    private static final int PAD = 1100;

    @BeforeAll
    static void compileTheNativePass() {
        assertThat(ContentScanner.standard().nativePass()).as("native pass compiled").isTrue();
    }

    @Test
    void markersNeverChangeTheSpans() {
        String[] pieces = {"%s", "%%41", "%4", "%2F", "%70%61ss", "\\n", "\\\\u0041", "\\u0041", "\\u00e9", "\\/",
            "token=sk%2Dproj", "\"a\\\"b\"", " ", "\n", "abc", "QUtJQUlPU0ZPRE5ON0VYQU1QTEU=", "&", "?", "=",
            "c2VjcmV0X2tleT1zay1wcm9qLWFiY2RlZmdoaWprbG1ub3A", "_-", "AbCdEfGh12345678", "/"};
        Random random = new Random(11);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(80);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            sameSpans(text.toString());
        }
    }

    @Test
    void sourceFilesGiveTheSameSpans() throws IOException {
        Path src = Path.of("").toAbsolutePath().resolve("src");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sameSpans(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
    }

    private static void sameSpans(String text) {
        byte[] data = (text + " ".repeat(PAD)).getBytes(StandardCharsets.ISO_8859_1);
        TextMarkers markers = ENGINE.detectWithMarkers(data, 0, data.length).markers();
        assertThat(markers).as("native markers").isNotNull();
        for (int from : new int[] {0, text.length() / 3, text.length() / 2}) {
            List<EncodedSpan> expected = EncodedSpanFinder.find(data, 0, data.length, from, data.length, null);
            assertThat(EncodedSpanFinder.find(data, 0, data.length, from, data.length, markers))
                    .as("%.200s", text).isEqualTo(expected);
        }
    }
}
