package dev.ward.surface.net;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP response as read under limits.
 *
 * @param status    the status code
 * @param reason    the reason phrase
 * @param headers   header names in lower case; repeated headers joined with ", "
 * @param body      the body, de-chunked, at most the byte cap
 * @param truncated true when the body was longer than the cap and reading stopped
 */
public record HttpReply(int status, String reason, Map<String, String> headers, byte[] body, boolean truncated) {

    public HttpReply {
        headers = Map.copyOf(new TreeMap<>(headers));
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Who answered, for a one-line detail: the Server header when there is one. */
    public String server() {
        String server = header("server");
        return server == null || server.isBlank() ? "an unnamed HTTP server" : oneLine(server, 60);
    }

    /** The status line and headers as they would be printed, for evidence. */
    public String head() {
        StringBuilder out = new StringBuilder("HTTP ").append(status).append(' ').append(reason).append('\n');
        headers.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.toString();
    }

    static String oneLine(String text, int max) {
        String flat = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return flat.length() > max ? flat.substring(0, max) + "…" : flat;
    }
}
