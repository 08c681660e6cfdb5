package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    @Test
    void aNulAnywhereInTheFirst8000BytesMeansBinary() {
        for (int length : new int[] {1, 7, 8, 9, 15, 16, 100, 8000, 9000}) {
            assertThat(BinarySniffer.looksBinary(text(length), 0, length)).as("text of %d", length).isFalse();
            for (int at = 0; at < Math.min(length, BinarySniffer.SNIFF_BYTES); at += Math.max(1, length / 37)) {
                byte[] data = text(length);
                data[at] = 0;
                assertThat(BinarySniffer.looksBinary(data, 0, length)).as("NUL at %d of %d", at, length).isTrue();
            }
        }
    }

    @Test
    void onlyTheSniffedRangeCounts() {
        byte[] data = text(9000);
        data[8500] = 0;
        assertThat(BinarySniffer.looksBinary(data, 0, data.length)).isFalse();
        data[3] = 0;
        assertThat(BinarySniffer.looksBinary(data, 4, 100)).isFalse();
        assertThat(BinarySniffer.looksBinary(data, 3, 1)).isTrue();
        // bytes with the high bit set (UTF-8) are not NUL
        byte[] utf8 = "grüße, 東京 ok!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BinarySniffer.looksBinary(utf8, 0, utf8.length)).isFalse();
    }

    private static byte[] text(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i % 95 == 0 ? 0x80 | (i & 0x3f) : ' ' + i % 95);
        }
        return data;
    }
}
