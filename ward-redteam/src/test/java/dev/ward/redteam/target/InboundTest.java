package dev.ward.redteam.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundTest {

    /** Hands out at most {@code step} bytes per read, as a socket may. */
    private static InputStream trickle(String text, int step) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void cutsLinesWithOrWithoutCarriageReturnsWhateverTheReadSizes() throws IOException {
        String longLine = "x".repeat(20_000);
        String text = "HTTP/1.1 200 OK\r\nA: b\nC: d\r\r\n\r\n" + longLine + "\r\nÿé\r\n";
        for (int step : new int[] {1, 2, 3, 7, 8191, 8192, 100_000}) {
            Inbound in = new Inbound(trickle(text, step));
            assertThat(in.line(true, 65_536)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(in.line(false, 65_536)).isEqualTo("A: b");
            assertThat(in.line(false, 65_536)).isEqualTo("C: d\r");
            assertThat(in.line(false, 65_536)).isEmpty();
            assertThat(in.line(false, 65_536)).isEqualTo(longLine);
            assertThat(in.line(false, 65_536)).isEqualTo("ÿé");
            assertThatThrownBy(() -> in.line(true, 65_536)).isInstanceOf(EOFException.class).hasMessage("closed");
        }
    }

    @Test
    void aLineMayHoldTheLimitButNotOneByteMore() throws IOException {
        assertThat(new Inbound(trickle("abcd\r\n", 5)).line(false, 5)).isEqualTo("abcd");
        assertThat(new Inbound(trickle("abcde\n", 5)).line(false, 5)).isEqualTo("abcde");
        assertThatThrownBy(() -> new Inbound(trickle("abcdef\n", 3)).line(false, 5)).hasMessage("HTTP header line too long");
        assertThatThrownBy(() -> new Inbound(trickle("abcde\r\n", 100)).line(false, 5)).hasMessage("HTTP header line too long");
    }

    @Test
    void anEndMidLineIsNotAClosedConnection() {
        assertThatThrownBy(() -> new Inbound(trickle("HTTP/1.1 2", 4)).line(true, 100)).isInstanceOf(EOFException.class)
                .hasMessage("connection closed mid-answer");
        assertThatThrownBy(() -> new Inbound(trickle("", 4)).line(false, 100)).isInstanceOf(EOFException.class)
                .hasMessage("connection closed mid-answer");
    }

    @Test
    void readsBlocksFromTheBufferThenTheStream() throws IOException {
        String body = "0123456789".repeat(2_000);
        for (int step : new int[] {1, 5, 8192, 100_000}) {
            Inbound in = new Inbound(trickle("H\r\n" + body + "tail", step));
            assertThat(in.line(false, 100)).isEqualTo("H");
            assertThat(new String(in.read(body.length()), StandardCharsets.ISO_8859_1)).isEqualTo(body);
            assertThat(new String(in.read(10), StandardCharsets.ISO_8859_1)).as("cut short at the end").isEqualTo("tail");
            byte[] rest = new byte[4];
            assertThat(in.read(rest, 0, 4)).isEqualTo(-1);
        }
    }
}
