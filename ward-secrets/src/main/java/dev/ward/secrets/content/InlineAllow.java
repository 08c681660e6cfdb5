package dev.ward.secrets.content;

import java.nio.charset.StandardCharsets;

/**
 * The {@code ward:allow} comment: on the line of a match, or on the line before it, it marks the match as known and
 * accepted. Only a bounded window around the match is searched, so hits on a huge single line stay cheap.
 */
final class InlineAllow {

    static final String MARKER = "ward:allow";
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final int WINDOW = 4096;

    private InlineAllow() {
    }

    /** Whether the UTF-8 bytes {@code data[lo, hi)} hold the marker anywhere (then matches are worth checking). */
    static boolean mayAllow(byte[] data, int lo, int hi) {
        return Utf8Bytes.indexOf(data, lo, hi, MARKER_BYTES) >= 0;
    }

    /** Whether the match at {@code [start, end)} (absolute indexes into {@code data[lo, hi)}) is marked as accepted. */
    static boolean allows(byte[] data, int lo, int hi, int start, int end) {
        int floor = Math.max(lo, start - WINDOW);
        int lineStart = previousBreak(data, start - 1, floor);
        int from = lineStart <= floor ? floor : Math.max(floor, previousBreak(data, lineStart - 1, floor) + 1);
        int ceiling = Math.min(hi, end + WINDOW);
        int to = end;
        while (to < ceiling && data[to] != '\n') {
            to++;
        }
        return Utf8Bytes.indexOf(data, from, to, MARKER_BYTES) >= 0;
    }

    /** The index of the last line break at or before {@code from} and not before {@code floor}; {@code floor - 1} if none. */
    private static int previousBreak(byte[] data, int from, int floor) {
        int i = from;
        while (i >= floor && data[i] != '\n') {
            i--;
        }
        return i;
    }
}
