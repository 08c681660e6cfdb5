package dev.ward.redteam.target;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The answer side of one connection, with its own buffer: lines and blocks are cut out of the buffer directly, where
 * {@code BufferedInputStream.read()} took a lock for every byte of every header line. One reader at a time.
 */
final class Inbound {

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    Inbound(InputStream in) {
        this.in = in;
    }

    /** Refills an empty buffer; false at end of stream. */
    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /**
     * One CRLF- (or LF-) terminated line in ISO-8859-1, at most {@code maxLength} characters. EOF before its first
     * byte is reported as "closed" when {@code statusLine} is set, so a caller can tell a connection the server closed.
     */
    String line(boolean statusLine, int maxLength) throws IOException {
        StringBuilder spill = null;
        while (true) {
            if (position == limit && !fill()) {
                boolean empty = spill == null || spill.isEmpty();
                throw new EOFException(statusLine && empty ? "closed" : "connection closed mid-answer");
            }
            int start = position;
            int newline = -1;
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            int had = spill == null ? 0 : spill.length();
            if (had + (end - start) > maxLength) {
                // the old byte-at-a-time reader failed on the first byte past the limit that was not the newline
                throw new IOException("HTTP header line too long");
            }
            if (newline >= 0) {
                position = newline + 1;
                if (spill == null) {
                    int stop = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
                    return new String(buffer, start, stop - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                spill.append(new String(buffer, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
                int length = spill.length();
                if (length > 0 && spill.charAt(length - 1) == '\r') {
                    spill.setLength(length - 1);
                }
                return spill.toString();
            }
            if (spill == null) {
                spill = new StringBuilder(Math.max(64, 2 * (end - start)));
            }
            spill.append(new String(buffer, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
            position = limit;
        }
    }

    /** Exactly {@code n} bytes, or fewer only at end of stream. */
    byte[] read(int n) throws IOException {
        int buffered = Math.min(n, limit - position);
        byte[] out = Arrays.copyOfRange(buffer, position, position + buffered);
        position += buffered;
        if (buffered == n) {
            return out;
        }
        out = Arrays.copyOf(out, n);
        int got = buffered;
        while (got < n) {
            int r = in.read(out, got, n - got);
            if (r < 0) {
                return Arrays.copyOf(out, got);
            }
            got += r;
        }
        return out;
    }

    /** Up to {@code length} bytes into {@code target}, from the buffer first; -1 at end of stream. */
    int read(byte[] target, int offset, int length) throws IOException {
        if (position == limit) {
            if (length >= buffer.length) {
                return in.read(target, offset, length);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }
}
