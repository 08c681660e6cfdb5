package dev.ward.secrets.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 in pieces, replacing each malformed sequence with U+FFFD and remembering that it
 * did, so a file with invalid bytes is still scanned and the user is told.
 */
final class Utf8TextReader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean eof;
    private boolean finished;
    private boolean sawInvalid;

    Utf8TextReader(InputStream in) {
        this.in = in;
    }

    boolean sawInvalid() {
        return sawInvalid;
    }

    /** Fills {@code dst[off, off+len)} as far as it can; returns the count, or -1 at the end. */
    int read(char[] dst, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(dst, off, len);
        while (out.hasRemaining()) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                sawInvalid = true;
                out.put('\uFFFD');
                bytes.position(bytes.position() + result.length());
            } else if (result.isOverflow()) {
                break;
            } else if (eof) {
                decoder.flush(out);
                finished = true;
                break;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        int count = out.position() - off;
        return count == 0 && finished ? -1 : count;
    }
}
