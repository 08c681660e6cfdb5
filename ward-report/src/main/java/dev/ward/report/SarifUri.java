package dev.ward.report;

import java.nio.charset.StandardCharsets;

/**
 * A location's URI in the form SARIF requires (RFC 3986 URI reference). Text that already is one, such as
 * {@code clickhouse://127.0.0.1:8123} or {@code config/app.env}, passes through unchanged; anything else, such as a
 * space in a file name, is percent-encoded as UTF-8.
 */
final class SarifUri {

    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~" + ":/?#[]@" + "!$&'()*+,;=";

    private SarifUri() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALLOWED.indexOf(c) >= 0 || (c == '%' && isEscape(text, i))) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
            i = end - 1;
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0;
    }
}
