package dev.ward.secrets.content;

/**
 * The {@code ward:allow} comment: on the line of a match, or alone on the line before it, it marks the match as
 * known and accepted. Only a bounded window around the match is searched, so a huge single-line file stays cheap.
 */
final class InlineAllow {

    static final String MARKER = "ward:allow";
    private static final int WINDOW = 4096;

    private InlineAllow() {
    }

    static boolean allows(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1));
        int lineEnd = text.indexOf('\n', end);
        int previousLineStart = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
        int from = Math.max(previousLineStart, start - WINDOW);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, end + WINDOW);
        int at = text.indexOf(MARKER, from);
        return at >= 0 && at + MARKER.length() <= to;
    }
}
