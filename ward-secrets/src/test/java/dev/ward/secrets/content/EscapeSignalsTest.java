package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The native escape check (Vectorscan, installed by scripts/test) may only skip work: every text gives the same
 * encoded spans whether the finder is told which escapes are present or looks for them all.
 */
class EscapeSignalsTest {

    @Test
    void tellsWhichEscapesArePresent() {
        assertThat(present("plain %s and %d and \\n only")).isEqualTo(new EscapeSignals.Present(false, false));
        assertThat(present("q=a%2Fb")).isEqualTo(new EscapeSignals.Present(true, false));
        assertThat(present("{\"k\":\"a\\/b\"}")).isEqualTo(new EscapeSignals.Present(false, true));
        assertThat(present("\\u0041\\u00e9")).isEqualTo(new EscapeSignals.Present(false, true));
        assertThat(present("\\u00e9 only")).isEqualTo(new EscapeSignals.Present(false, false));
    }

    @Test
    void shortTextsAreNotLookedAtNatively() {
        byte[] data = bytes("q=a%2Fb");
        assertThat(EscapeSignals.in(data, 0, data.length)).isEqualTo(EscapeSignals.Present.UNKNOWN);
    }

    @Test
    void knowingTheEscapesNeverChangesTheSpans() {
        String[] pieces = {"%s", "%%41", "%4", "%2F", "%70%61ss", "\\n", "\\\\u0041", "\\u0041", "\\u00e9", "\\/",
            "token=sk%2Dproj", "\"a\\\"b\"", " ", "\n", "abc", "QUtJQUlPU0ZPRE5ON0VYQU1QTEU=", "&", "?"};
        Random random = new Random(11);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder text = new StringBuilder();
            int pieces_ = 1 + random.nextInt(60);
            for (int i = 0; i < pieces_; i++) {
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
        byte[] data = bytes(text);
        for (int from : new int[] {0, data.length / 3}) {
            List<EncodedSpan> expected = EncodedSpanFinder.find(data, 0, data.length, from, data.length,
                    EscapeSignals.Present.UNKNOWN);
            EscapeSignals.Present present = EscapeSignals.inNow(data, from, data.length);
            assertThat(EncodedSpanFinder.find(data, 0, data.length, from, data.length, present))
                    .as("%.200s", text).isEqualTo(expected);
        }
    }

    private static EscapeSignals.Present present(String text) {
        byte[] data = bytes(text);
        return EscapeSignals.inNow(data, 0, data.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
