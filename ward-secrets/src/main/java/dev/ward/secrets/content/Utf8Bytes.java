package dev.ward.secrets.content;

import dev.ward.detect.Utf8;

/**
 * What the byte-level content scan needs to know about UTF-8 without decoding it: whether bytes are valid UTF-8 (as
 * strictly as the JDK's decoder judges), how many UTF-16 code units a stretch of bytes becomes (columns are counted
 * in those), and the code point at a place. ASCII is skipped eight bytes at a time.
 */
final class Utf8Bytes {


    private Utf8Bytes() {
    }

    /** True when {@code data[from, to)} is well-formed UTF-8: no stray, truncated, overlong or surrogate sequences. */
    static boolean isValid(byte[] data, int from, int to) {
        return validUntil(data, from, to, to) >= 0;
    }

    /**
     * Checks the sequences that start in {@code data[from, to)}, letting the last one run on up to {@code limit}.
     * Returns where checking stopped (at or just after {@code to}), or -1 at the first malformed sequence.
     */
    static int validUntil(byte[] data, int from, int to, int limit) {
        int i = from;
        while (i < to) {
            if (i + Long.BYTES <= to && ((long) Swar.LONGS.get(data, i) & Swar.HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int lead = data[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            if (Utf8.codePointAt(data, i, limit) < 0) {
                return -1;
            }
            i += Utf8.width(lead);
        }
        return i;
    }

    /**
     * The UTF-16 code units that {@code data[from, to)} decodes to: one per sequence, two for a 4-byte one, and one for
     * each byte that starts no valid sequence (the replacement character the decoder puts there).
     */
    static long utf16Units(byte[] data, int from, int to) {
        long units = 0;
        int i = from;
        while (i < to) {
            if (i + Long.BYTES <= to && ((long) Swar.LONGS.get(data, i) & Swar.HIGH_BITS) == 0) {
                units += Long.BYTES;
                i += Long.BYTES;
                continue;
            }
            int b = data[i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                units += b >= 0xf0 && b < 0xf5 ? 2 : 1;
            }
            i++;
        }
        return units;
    }

    /** The code point of the sequence that starts at {@code at}, or -1 when none starts there or it is malformed. */
    static int codePointAt(byte[] data, int at, int to) {
        return Utf8.codePointAt(data, at, to);
    }

    /** Bytes a sequence with this lead byte takes, or 0 when it cannot lead one. */
    static int width(int lead) {
        return Utf8.width(lead);
    }

    /**
     * Where {@code needle} (ASCII) first occurs in {@code data[from, to)}, or -1. The search runs on the needle's
     * first byte that is not a letter or digit (in {@code ward:allow}, the colon), which text holds far more rarely.
     */
    static int indexOf(byte[] data, int from, int to, byte[] needle) {
        int anchor = 0;
        while (anchor < needle.length - 1 && Character.isLetterOrDigit(needle[anchor])) {
            anchor++;
        }
        if (Character.isLetterOrDigit(needle[anchor])) {
            anchor = 0;
        }
        int last = to - needle.length + anchor + 1;
        for (int i = indexOf(data, from + anchor, last, needle[anchor]); i >= 0;
             i = indexOf(data, i + 1, last, needle[anchor])) {
            if (regionMatches(data, i - anchor, needle)) {
                return i - anchor;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] data, int at, byte[] needle) {
        for (int k = 0; k < needle.length; k++) {
            if (data[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }

    /** Where byte {@code b} first occurs in {@code data[from, to)}, or -1; eight bytes are tested at a time. */
    static int indexOf(byte[] data, int from, int to, byte b) {
        long pattern = Swar.ONES * (b & 0xff);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) Swar.LONGS.get(data, i) ^ pattern;
            long found = (x - Swar.ONES) & ~x & Swar.HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
