package dev.ward.redteam.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JournalLineTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesWhatTheObjectMapperWrites() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            JournalEntry entry = randomEntry(random);
            assertThat(JournalLine.encode(entry)).isEqualTo(expected(entry));
        }
    }

    @Test
    void awkwardTextAndNumbersMatchToo() throws Exception {
        String[] texts = {"", "plain \u0000\u0007\b\t\n\u000B\f\r\u000E\u001F \u007f\u0080 é \u07ff\u0800 中 \ufffd\uffff \"q\" \\ /", "I can't \uD83D\uDE00 \u0001\u001f \"x\" é \\ / \b\f\n\r\t \u2028", "lone \uD83D end", "\uDE00 low first",
            "\u007f\u0080\u07ff\u0800\uffff"};
        double[] doubles = {0.7, 1.0E-5, Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, 0.1 + 0.2};
        for (String text : texts) {
            for (double d : doubles) {
                JournalEntry entry = new JournalEntry("attempt", "k#1#attack", text, Integer.MIN_VALUE, text, text, true, text, text,
                        Integer.MAX_VALUE, -1, Long.MIN_VALUE, Long.MAX_VALUE, text, text, 0L, 0, d, d, text);
                assertThat(new String(JournalLine.encode(entry), StandardCharsets.UTF_8))
                        .isEqualTo(new String(expected(entry), StandardCharsets.UTF_8));
                assertThat(JournalLine.encode(entry)).isEqualTo(expected(entry));
            }
        }
    }

    /** What the journal wrote before: the object mapper's bytes and a newline. */
    private static byte[] expected(JournalEntry entry) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(entry);
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    private static JournalEntry randomEntry(Random r) {
        return new JournalEntry(r.nextBoolean() ? "attempt" : "header", text(r), text(r), r.nextBoolean() ? r.nextInt() : null, text(r),
                text(r), r.nextBoolean() ? r.nextBoolean() : null, text(r), text(r), r.nextBoolean() ? r.nextInt(1000) : null,
                r.nextBoolean() ? r.nextInt() : null, r.nextBoolean() ? r.nextLong() : null, r.nextBoolean() ? r.nextLong() : null,
                text(r), text(r), r.nextBoolean() ? r.nextLong() : null, r.nextBoolean() ? r.nextInt(100) : null,
                r.nextBoolean() ? r.nextDouble() * 2 : null, r.nextBoolean() ? r.nextDouble() : null, text(r));
    }

    private static String text(Random r) {
        if (r.nextInt(4) == 0) {
            return null;
        }
        // half the texts without surrogates, which the journal writes by hand; the others go through Jackson's generator
        boolean surrogates = r.nextBoolean();
        StringBuilder out = new StringBuilder();
        for (int n = r.nextInt(40); n > 0; n--) {
            out.append(switch (r.nextInt(surrogates ? 7 : 5)) {
                case 0 -> (char) r.nextInt(0x20);
                case 1 -> (char) (0x20 + r.nextInt(0x60));
                case 2 -> (char) (0x80 + r.nextInt(0x780));
                case 3 -> (char) (0x800 + r.nextInt(0xD800 - 0x800));
                case 4 -> (char) (0xE000 + r.nextInt(0x2000));
                case 5 -> "\uD83D\uDE00";
                default -> (char) (0xD800 + r.nextInt(0x800));
            });
        }
        return out.toString();
    }
}
