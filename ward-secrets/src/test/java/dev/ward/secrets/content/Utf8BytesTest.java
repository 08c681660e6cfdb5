package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 facts agree with the JDK's own decoder and with a plain search. */
class Utf8BytesTest {

    private final Random random = new Random(11);

    @Test
    void validityAgreesWithTheJdkDecoderOnRandomBytes() {
        byte[] alphabet = {'a', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xF0,
                (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xC0, (byte) 0xFF, (byte) 0xF4};
        for (int round = 0; round < 5000; round++) {
            byte[] data = new byte[random.nextInt(24)];
            for (int i = 0; i < data.length; i++) {
                data[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertThat(Utf8Bytes.isValid(data, 0, data.length)).as(java.util.HexFormat.of().formatHex(data))
                    .isEqualTo(jdkValid(data));
        }
    }

    @Test
    void utf16UnitsOfValidTextAreTheStringLength() {
        String[] pieces = {"a", "é", "€", "😀", "\n", "key=", "ж"};
        for (int round = 0; round < 1000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8Bytes.utf16Units(data, 0, data.length)).isEqualTo(text.length());
        }
    }

    @Test
    void indexOfFindsTheFirstOccurrenceLikeAPlainSearch() {
        byte[] needle = "ward:allow".getBytes(StandardCharsets.US_ASCII);
        String[] pieces = {"ward", ":", "allow", "ward:allow", "w", " ", "x", "ward:allo", ":allow"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            byte[] data = s.getBytes(StandardCharsets.US_ASCII);
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int to = from + random.nextInt(s.length() - from + 1);
            int expected = s.substring(0, to).indexOf("ward:allow", from);
            assertThat(Utf8Bytes.indexOf(data, from, to, needle)).as("%s [%d, %d)", s, from, to).isEqualTo(expected);
            int colon = s.substring(0, to).indexOf(':', from);
            assertThat(Utf8Bytes.indexOf(data, from, to, (byte) ':')).isEqualTo(colon);
        }
    }

    private static boolean jdkValid(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
