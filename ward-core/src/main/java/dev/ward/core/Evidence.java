package dev.ward.core;

import java.util.Objects;

/**
 * What Ward sent and what came back, as proof of a finding. Both sides are redacted and cut to an excerpt when the
 * record is built, so no code path can carry a raw secret from a scanner to a report.
 *
 * @param label    what this exchange shows, for example {@code "HTTP query: SELECT version()"}
 * @param request  the request as sent, redacted
 * @param response the response excerpt, redacted
 */
public record Evidence(String label, String request, String response) {

    /** The longest raw text scrubbed; more than this is cut before redaction, since only an excerpt is kept. */
    static final int MAX_RAW_CHARS = 64 * 1024;
    /** The longest excerpt kept on each side. */
    public static final int MAX_EXCERPT_CHARS = 4 * 1024;

    public Evidence {
        Objects.requireNonNull(label, "label");
        request = excerpt(request);
        response = excerpt(response);
    }

    public static Evidence of(String label, String request, String response) {
        return new Evidence(label, request, response);
    }

    private static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        String bounded = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
        String scrubbed = Redactor.standard().scrub(bounded);
        if (scrubbed.length() <= MAX_EXCERPT_CHARS) {
            return scrubbed;
        }
        return scrubbed.substring(0, MAX_EXCERPT_CHARS) + "\n[… " + (raw.length() - MAX_EXCERPT_CHARS) + " more characters not shown]";
    }
}
