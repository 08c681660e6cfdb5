package dev.ward.surface.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads CRLF lines and raw bytes from one connection through a small buffer. */
final class HttpLineReader {

    private final Connection c;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;

    HttpLineReader(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    private boolean fill() throws ProbeException {
        int n = c.read(buf, 0, buf.length);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    int read() throws ProbeException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    int read(byte[] dst, int len) throws ProbeException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, dst, 0, n);
        pos += n;
        return n;
    }

    /** The status line; a reply that is not text is reported by its first bytes, kept in the exception. */
    String firstLine() throws ProbeException {
        if (pos >= limit && !fill()) {
            throw new NotHttpException("closed the connection without a reply", new byte[0]);
        }
        if (limit - pos >= 5 && !new String(buf, pos, 5, StandardCharsets.ISO_8859_1).startsWith("HTTP/")
                || limit - pos < 5 && !"HTTP/".startsWith(new String(buf, pos, limit - pos, StandardCharsets.ISO_8859_1))) {
            byte[] first = Arrays.copyOfRange(buf, pos, limit);
            throw new NotHttpException("not an HTTP reply; first bytes " + Connection.hexPrefix(first, first.length), first);
        }
        return line();
    }

    String line() throws ProbeException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = read();
            if (b < 0) {
                throw ProbeException.unidentified("connection closed inside the HTTP header");
            }
            if (b == '\n') {
                byte[] raw = line.toByteArray();
                int len = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
                return new String(raw, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= BoundedHttpClient.MAX_HEADER_BYTES) {
                throw ProbeException.unidentified("HTTP header line longer than " + BoundedHttpClient.MAX_HEADER_BYTES + " bytes");
            }
            line.write(b);
        }
    }
}
