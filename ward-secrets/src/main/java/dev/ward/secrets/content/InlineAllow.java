package dev.ward.secrets.content;

/**
 * The {@code ward:allow} comment: on the line of a match, or on the line before it, it marks the match as known and
 * accepted. Only a bounded window around the match is searched, so hits on a huge single line stay cheap.
 */
final class InlineAllow {

    static final String MARKER = "ward:allow";
    private static final int WINDOW = 4096;

    private InlineAllow() {
    }

    static boolean allows(String text, int start, int end) {
        int floor = Math.max(0, start - WINDOW);
        int lineStart = previousBreak(text, start - 1, floor);
        int from = lineStart <= floor ? floor : Math.max(floor, previousBreak(text, lineStart - 1, floor) + 1);
        int ceiling = Math.min(text.length(), end + WINDOW);
        int to = end;
        while (to < ceiling && text.charAt(to) != '\n') {
            to++;
        }
        for (int at = from; at + MARKER.length() <= to; at++) {
            if (text.charAt(at) == 'w' && text.startsWith(MARKER, at)) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the last line break at or before {@code from} and not before {@code floor}; {@code floor - 1} if none. */
    private static int previousBreak(String text, int from, int floor) {
        int i = from;
        while (i >= floor && text.charAt(i) != '\n') {
            i--;
        }
        return i;
    }
}
