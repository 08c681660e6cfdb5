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
 * A deliberately small HTTP/1.1 client for talking to servers that may be hostile: GET only here, one request per
 * connection, no redirects, a cap on header and body size, chunked decoding, and every read bounded by the
 * endpoint's {@link TimeBudget}. {@link HttpSession} reuses one connection for several requests.
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
            c.write(request("GET", target, endpoint, null, null, false));
            return readReply(new HttpLineReader(c), options, "GET").reply();
        }
    }

    static byte[] request(String method, String target, Endpoint endpoint, String contentType, byte[] body, boolean keepAlive) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.authority()).append("\r\n")
                .append("User-Agent: ward-surface\r\n")
                .append("Accept: */*\r\n")
                .append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** One reply, and whether the connection can carry another request. */
    record Read(HttpReply reply, boolean reusable) {
    }

    static Read readReply(HttpLineReader lines, SurfaceOptions options, String method) throws ProbeException {
        Connection c = lines.connection();
        c.allow(MAX_HEADER_BYTES);
        String statusLine = lines.firstLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw ProbeException.unidentified("not an HTTP reply: " + HttpReply.oneLine(statusLine, 40));
        }
        Map<String, String> headers = readHeaders(lines);
        c.allow(options.maxResponseBytes() + 64L * 1024);
        int status = Integer.parseInt(parts[1]);
        boolean noBody = method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1;
        Body body = noBody ? new Body(new byte[0], false, true) : readBody(c, lines, headers, options.maxResponseBytes());
        boolean reusable = body.delimited && !body.truncated && parts[0].equals("HTTP/1.1")
                && !headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT).contains("close");
        return new Read(new HttpReply(status, parts.length > 2 ? parts[2].trim() : "", headers, body.bytes, body.truncated), reusable);
    }

    private static Map<String, String> readHeaders(HttpLineReader lines) throws ProbeException {
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

    /** @param delimited true when the body's end was known from its framing, not from the connection closing */
    private record Body(byte[] bytes, boolean truncated, boolean delimited) {
    }

    private static Body readBody(Connection c, HttpLineReader lines, Map<String, String> headers, int cap) throws ProbeException {
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
                    skipTrailers(lines);
                    return new Body(out.toByteArray(), false, true);
                }
                if (out.size() + size > cap) {
                    copy(c, lines, out, cap - out.size());
                    return new Body(out.toByteArray(), true, false);
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
            return new Body(out.toByteArray(), n > cap, true);
        }
        // No length: the body runs to the end of the connection.
        boolean ended = copyUntilEnd(lines, out, cap);
        return new Body(out.toByteArray(), !ended && lines.read() >= 0, false);
    }

    private static void skipTrailers(HttpLineReader lines) throws ProbeException {
        for (int i = 0; i < MAX_HEADERS; i++) {
            if (lines.line().isEmpty()) {
                return;
            }
        }
    }

    private static void copy(Connection c, HttpLineReader lines, ByteArrayOutputStream out, long count) throws ProbeException {
        if (!copyUntilEnd(lines, out, count)) {
            return;
        }
        throw new ProbeException(Access.NOT_IDENTIFIED, "connection closed mid-body after " + c.bytesRead() + " bytes");
    }

    /** Copies up to {@code count} bytes; true when the connection ended first. */
    private static boolean copyUntilEnd(HttpLineReader lines, ByteArrayOutputStream out, long count) throws ProbeException {
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
}
