package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time base64 search finds exactly the runs a plain byte-by-byte reading finds. */
class EncodedSpanFinderTest {

    @Test
    void wordAtATimeSearchAgreesWithAPlainReadingOnRandomText() {
        Random random = new Random(3);
        String[] pieces = {"a", "B", "7", "+", "/", "-", "_", "=", "==", " ", ".", ",", "\n", "{", "~", "\u00e9", "\r",
                "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=", "c2VjcmV0IHRva2VuIGZvciB0ZXN0cw", "aGVsbG8td29ybGRfbW9yZS10ZXh0",
                "AbstractQueuedSynchronizer", "x9Zk2LmQ8rT4vW1yB6nC3hJ5"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            int off = random.nextInt(3);
            byte[] padded = new byte[data.length + off + random.nextInt(3)];
            System.arraycopy(data, 0, padded, off, data.length);
            int from = data.length == 0 ? 0 : random.nextInt(data.length);
            int to = from + random.nextInt(data.length - from + 1);
            List<String> expected = plainBase64(data, from, to);
            List<String> found = new ArrayList<>();
            for (EncodedSpan span : EncodedSpanFinder.find(padded, off, data.length, from, to)) {
                if (span.encoding().equals("base64")) {
                    found.add(span.start() + "-" + span.end() + ":" + span.decoded());
                }
            }
            assertThat(found).as("%s [%d, %d)", text, from, to).isEqualTo(expected);
        }
    }

    @Test
    void base64OfTextIsDecoded() {
        String encoded = Base64.getEncoder().encodeToString("password=correct horse battery".getBytes(StandardCharsets.UTF_8));
        byte[] data = ("x = \"" + encoded + "\";").getBytes(StandardCharsets.UTF_8);
        assertThat(EncodedSpanFinder.find(data, 0, data.length, 0, data.length)).singleElement()
                .satisfies(span -> assertThat(span.decoded()).isEqualTo("password=correct horse battery"));
    }

    /** The reference: every maximal run of the alphabet read byte by byte, with the finder's own acceptance rules. */
    private static List<String> plainBase64(byte[] data, int from, int to) {
        List<String> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (kind(data[i]) == 0) {
                i++;
                continue;
            }
            int start = i;
            int seen = 0;
            while (i < data.length && kind(data[i]) != 0) {
                seen |= 1 << kind(data[i]);
                i++;
            }
            int end = i;
            while (i < data.length && data[i] == '=' && i - end < 2) {
                i++;
            }
            boolean urlSafe = (seen & (1 << 5)) != 0;
            boolean standard = (seen & (1 << 4)) != 0;
            if (end - start >= EncodedSpanFinder.MIN_BASE64 && (seen & 0b1110) == 0b1110 && !(standard && urlSafe)) {
                String run = new String(data, start, end - start, StandardCharsets.US_ASCII);
                int usable = run.length() % 4 >= 2 ? run.length() : run.length() - run.length() % 4;
                String body = run.substring(0, usable);
                body = body.length() % 4 == 0 ? body : body + "==".substring(0, 4 - body.length() % 4);
                try {
                    String decoded = EncodedSpanFinder.readableText(
                            (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body));
                    if (decoded != null) {
                        spans.add(start + "-" + i + ":" + decoded);
                    }
                } catch (IllegalArgumentException e) {
                    // not base64 after all
                }
            }
        }
        return spans;
    }

    private static int kind(byte b) {
        if (b >= 'A' && b <= 'Z') {
            return 1;
        }
        if (b >= 'a' && b <= 'z') {
            return 2;
        }
        if (b >= '0' && b <= '9') {
            return 3;
        }
        return b == '+' || b == '/' ? 4 : b == '-' || b == '_' ? 5 : 0;
    }

    @Test
    void theEightByteAlphabetTestIsExact() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
        Random random = new Random(5);
        byte[] word = new byte[8];
        for (int round = 0; round < 200_000; round++) {
            for (int b = 0; b < 8; b++) {
                // Mostly alphabet, with every other byte value mixed in (controls that fold onto symbols, DEL, UTF-8).
                word[b] = random.nextInt(4) > 0 ? (byte) alphabet.charAt(random.nextInt(alphabet.length()))
                        : (byte) random.nextInt(256);
            }
            boolean expected = true;
            for (byte b : word) {
                expected &= b >= 0 && alphabet.indexOf((char) b) >= 0;
            }
            long packed = java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
            assertThat(EncodedSpanFinder.allBase64(packed)).as("%s", java.util.Arrays.toString(word)).isEqualTo(expected);
        }
    }

    @Test
    void runsAreFoundWhereverTheyLieOnTheEightByteGrid() {
        // Runs of every length around the minimum, at every offset from the start, between separators of every width.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        Random random = new Random(9);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            List<String> runs = new ArrayList<>();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                int width = 1 + random.nextInt(9);
                for (int c = 0; c < width; c++) {
                    text.append(" .:\n\t,;".charAt(random.nextInt(7)));
                }
                int length = 20 + random.nextInt(40);
                StringBuilder run = new StringBuilder("Aa0");
                while (run.length() < length) {
                    run.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                runs.add(run.toString());
                text.append(run);
            }
            text.append(" ".repeat(random.nextInt(20)));
            byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
            int from = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, data.length / 2)) : 0;
            List<Integer> expected = new ArrayList<>();
            for (String run : runs) {
                int at = text.indexOf(run);
                while (at >= 0 && at < from) {
                    at = text.indexOf(run, at + 1);
                }
                int start = Math.max(at, from);
                int end = at + run.length();
                if (at >= 0 && end - start >= EncodedSpanFinder.MIN_BASE64 && mixed(run.substring(start - at))
                        && decodesToText(run.substring(start - at))) {
                    expected.add(start);
                }
            }
            List<Integer> found = EncodedSpanFinder.find(data, 0, data.length, from, data.length).stream()
                    .filter(span -> span.encoding().equals("base64")).map(EncodedSpan::start).toList();
            assertThat(found).as("%s from %d", text, from).isEqualTo(expected);
        }
    }

    private static boolean mixed(String run) {
        return run.chars().anyMatch(Character::isUpperCase) && run.chars().anyMatch(Character::isLowerCase)
                && run.chars().anyMatch(Character::isDigit);
    }

    private static boolean decodesToText(String run) {
        int usable = run.length() % 4 >= 2 ? run.length() : run.length() - run.length() % 4;
        String body = run.substring(0, usable) + "=".repeat(usable % 4 == 0 ? 0 : 4 - usable % 4);
        try {
            return EncodedSpanFinder.readableText(Base64.getDecoder().decode(body)) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
