package dev.ward.surface.net;

import dev.ward.core.Access;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately small HTTP/1.1 client for talking to servers that may be hostile: GET only, one request per
 * connection, no redirects, no TLS, a cap on header and body size, chunked decoding, and every read bounded by the
 * endpoint's {@link TimeBudget}.
 */
public final class BoundedHttpClient {

    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_HEADERS = 100;

    private final SurfaceOptions options;

    public BoundedHttpClient(SurfaceOptions options) {
        this.options = options;
    }

    /** Sends {@code GET target} (a path with query, already percent-encoded) and reads the reply. */
    public HttpReply get(Endpoint endpoint, String target, TimeBudget budget) throws ProbeException {
        try (Connection c = Connection.open(endpoint, budget, options)) {
            String request = "GET " + target + " HTTP/1.1\r\n"
                    + "Host: " + endpoint.authority() + "\r\n"
                    + "User-Agent: ward-surface\r\n"
                    + "Accept: */*\r\n"
                    + "Connection: close\r\n\r\n";
            c.write(request.getBytes(StandardCharsets.US_ASCII));
            c.allow(MAX_HEADER_BYTES);
            LineReader lines = new LineReader(c);
            String statusLine = lines.firstLine();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
                throw ProbeException.unidentified("not an HTTP reply: " + HttpReply.oneLine(statusLine, 40));
            }
            Map<String, String> headers = readHeaders(lines);
            c.allow(options.maxResponseBytes() + 64L * 1024);
            Body body = readBody(c, lines, headers);
            return new HttpReply(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2].trim() : "", headers, body.bytes, body.truncated);
        }
    }

    private static Map<String, String> readHeaders(LineReader lines) throws ProbeException {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; ; i++) {
            String line = lines.line();
            if (line.isEmpty()) {
                return headers;
            }
            if (i >= MAX_HEADERS) {
                throw ProbeException.unidentified("HTTP reply has more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
    }

    private record Body(byte[] bytes, boolean truncated) {
    }

    private Body readBody(Connection c, LineReader lines, Map<String, String> headers) throws ProbeException {
        int cap = options.maxResponseBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String te = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (te.contains("chunked")) {
            while (true) {
                String sizeLine = lines.line();
                String hex = sizeLine.split(";", 2)[0].trim();
                if (!hex.matches("[0-9A-Fa-f]{1,8}")) {
                    throw ProbeException.unidentified("bad chunk size in HTTP reply");
                }
                long size = Long.parseLong(hex, 16);
                if (size == 0) {
                    return new Body(out.toByteArray(), false);
                }
                if (out.size() + size > cap) {
                    copy(c, lines, out, cap - out.size());
                    return new Body(out.toByteArray(), true);
                }
                copy(c, lines, out, size);
                lines.line();
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            if (!length.matches("\\d{1,18}")) {
                throw ProbeException.unidentified("bad Content-Length in HTTP reply");
            }
            long n = Long.parseLong(length);
            copy(c, lines, out, Math.min(n, cap));
            return new Body(out.toByteArray(), n > cap);
        }
        // No length: the body runs to the end of the connection.
        boolean ended = copyUntilEnd(lines, out, cap);
        return new Body(out.toByteArray(), !ended && lines.read() >= 0);
    }

    private static void copy(Connection c, LineReader lines, ByteArrayOutputStream out, long count) throws ProbeException {
        if (!copyUntilEnd(lines, out, count)) {
            return;
        }
        throw new ProbeException(Access.NOT_IDENTIFIED, "connection closed mid-body after " + c.bytesRead() + " bytes");
    }

    /** Copies up to {@code count} bytes; true when the connection ended first. */
    private static boolean copyUntilEnd(LineReader lines, ByteArrayOutputStream out, long count) throws ProbeException {
        byte[] buf = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = lines.read(buf, (int) Math.min(buf.length, left));
            if (n < 0) {
                return true;
            }
            out.write(buf, 0, n);
            left -= n;
        }
        return false;
    }

    /** Reads CRLF lines and raw bytes from one connection through a small buffer. */
    private static final class LineReader {
        private final Connection c;
        private final byte[] buf = new byte[8192];
        private int pos;
        private int limit;

        LineReader(Connection c) {
            this.c = c;
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

        /** The status line; a reply that is not text is reported by its first bytes. */
        String firstLine() throws ProbeException {
            if (pos >= limit && !fill()) {
                throw ProbeException.unidentified("closed the connection without a reply");
            }
            if (limit - pos >= 5 && !new String(buf, pos, 5, StandardCharsets.ISO_8859_1).startsWith("HTTP/")) {
                throw ProbeException.unidentified("not an HTTP reply; first bytes " + Connection.hexPrefix(
                        java.util.Arrays.copyOfRange(buf, pos, limit), limit - pos));
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
                if (line.size() >= MAX_HEADER_BYTES) {
                    throw ProbeException.unidentified("HTTP header line longer than " + MAX_HEADER_BYTES + " bytes");
                }
                line.write(b);
            }
        }
    }
}
