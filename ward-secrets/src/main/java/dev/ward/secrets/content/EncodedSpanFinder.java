package dev.ward.secrets.content;

import dev.ward.detect.TextMarkers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Finds text hidden by base64, URL (percent) or JSON escapes and decodes it, so a key that was encoded once is found
 * too. Decoded base64 must be readable text, which rules out images and identifiers that merely look like base64.
 * Works on UTF-8 bytes: every marker and alphabet is ASCII, so nothing is decoded except the runs themselves.
 */
final class EncodedSpanFinder {

    static final int MIN_BASE64 = 24;
    static final int MAX_SPAN = 1 << 20;

    private EncodedSpanFinder() {
    }

    /** Encoded runs that start in {@code [from, to)} of {@code data[off, off + len)}; offsets are relative to {@code off}. */
    static List<EncodedSpan> find(byte[] data, int off, int len, int from, int to) {
        return find(data, off, len, from, to, null);
    }

    /**
     * As {@link #find(byte[], int, int, int, int)}, given the markers of {@code data[off, off + len)} from the native
     * pass (or null): escapes are then searched for only when the markers saw one. Most text holds none, and the
     * byte-by-byte search, with its many false starts on {@code \n} and {@code %s}, is skipped.
     */
    static List<EncodedSpan> find(byte[] data, int off, int len, int from, int to, TextMarkers markers) {
        List<EncodedSpan> spans = new ArrayList<>();
        Window w = new Window(data, off, off + len);
        base64(w, off + from, off + to, spans);
        boolean percent = markers == null || markers.percentEscape();
        boolean json = markers == null || markers.jsonEscape();
        int firstPercent = percent ? Utf8Bytes.indexOf(data, off + from, off + len, (byte) '%') : -1;
        if (firstPercent >= 0) {
            escaped(w, off + from, firstPercent, off + to, (byte) '%', "url", spans);
        }
        if (json && hasJsonEscape(data, off + from, off + len)) {
            escaped(w, off + from, Utf8Bytes.indexOf(data, off + from, off + len, (byte) '\\'), off + to, (byte) '\\',
                    "json", spans);
        }
        return spans;
    }

    /** The bytes being searched, {@code data[lo, hi)}; spans are reported relative to {@code lo}. */
    private record Window(byte[] data, int lo, int hi) {
    }

    /** Character classes for the base64 scan: 0 none, then upper, lower, digit, standard-only, url-safe-only. */
    private static final byte[] CLASS = new byte[256];
    private static final int UPPER = 1;
    private static final int LOWER = 2;
    private static final int DIGIT = 3;
    private static final int STANDARD = 4;
    private static final int URL_SAFE = 5;
    private static final int MIXED = (1 << UPPER) | (1 << LOWER) | (1 << DIGIT);

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        CLASS['+'] = STANDARD;
        CLASS['/'] = STANDARD;
        CLASS['-'] = URL_SAFE;
        CLASS['_'] = URL_SAFE;
    }

    private static int classOf(byte b) {
        return CLASS[b & 0xff];
    }


    /**
     * Runs of the base64 alphabet at least {@link #MIN_BASE64} long. Such a run covers two whole consecutive words of
     * any 8-byte grid, and one of any two consecutive words is every second word: so the scan tests every second
     * word of the grid for "might be all alphabet", then its two neighbours, and reads bytes one by one only around
     * two such words in a row; most text has none.
     */
    private static void base64(Window w, int from, int to, List<EncodedSpan> spans) {
        byte[] data = w.data();
        int n = w.hi();
        int floor = from;
        // A pair of words may start at `resume` or later; `second` is where its second word would be.
        int resume = from;
        int last = Math.min(n - Long.BYTES, to + 2 * Long.BYTES);
        for (int middle = resume + Long.BYTES; middle <= last; middle += 2 * Long.BYTES) {
            long word = (long) Swar.LONGS.get(data, middle);
            // Inline first, because C1 does not inline the full test: nearly every word of text holds a byte outside
            // 0x2B..0x7A (a space, a newline, punctuation), and then it is no base64.
            if (((word | ~((word | Swar.HIGH_BITS) - Swar.ONES * '+') | (word + Swar.ONES * (0x7f - 'z'))) & Swar.HIGH_BITS) != 0
                    || !mayBeAllBase64(word)) {
                continue;
            }
            int second;
            if (middle - Long.BYTES >= resume && mayBeAllBase64((long) Swar.LONGS.get(data, middle - Long.BYTES))) {
                second = middle;
            } else if (middle + 2 * Long.BYTES <= n && middle + Long.BYTES <= to + 2 * Long.BYTES
                    && mayBeAllBase64((long) Swar.LONGS.get(data, middle + Long.BYTES))) {
                second = middle + Long.BYTES;
            } else {
                continue;
            }
            int start = second - Long.BYTES;
            while (start > floor && classOf(data[start - 1]) != 0) {
                start--;
            }
            if (start >= to) {
                return;
            }
            floor = base64Runs(w, start, Math.min(to, second + Long.BYTES), spans);
            resume = floor + (int) Math.floorMod((long) from - floor, Long.BYTES);
            middle = resume + Long.BYTES - 2 * Long.BYTES;
        }
    }

    /**
     * Whether all eight bytes might be base64 alphabet: never false when they are. Bit 0x20 is set on every byte
     * first, which folds upper case onto lower case and {@code _} onto DEL (a control character that stands in for it).
     */
    private static boolean mayBeAllBase64(long word) {
        if ((word & Swar.HIGH_BITS) != 0) {
            return false;
        }
        long folded = word | (Swar.ONES * 0x20);
        long letter = (folded + Swar.ONES * (0x80 - 'a')) & ~(folded + Swar.ONES * (0x7f - 'z'));
        long digit = (folded + Swar.ONES * (0x80 - '0')) & ~(folded + Swar.ONES * (0x7f - '9'));
        long symbol = zeroBytes(folded ^ (Swar.ONES * '+')) | zeroBytes(folded ^ (Swar.ONES * '/'))
                | zeroBytes(folded ^ (Swar.ONES * '-')) | zeroBytes(folded ^ (Swar.ONES * 0x7f));
        return ((letter | digit | symbol) & Swar.HIGH_BITS) == Swar.HIGH_BITS;
    }

    /** Whether all eight bytes are base64 alphabet, exactly: {@link #mayBeAllBase64} without control bytes or DEL. */
    static boolean allBase64(long word) {
        if ((word & Swar.HIGH_BITS) != 0) {
            return false;
        }
        // A byte below 0x20 borrows in the subtraction; any earlier borrow needs such a byte too, so the test is exact.
        long control = (word - Swar.ONES * 0x20) & ~word & Swar.HIGH_BITS;
        return control == 0 && zeroBytes(word ^ (Swar.ONES * 0x7f)) == 0 && mayBeAllBase64(word);
    }

    /** The high bit of each byte of {@code x} (whose bytes are all below 0x80) that is zero. */
    private static long zeroBytes(long x) {
        return ~((x + Swar.ONES * 0x7f) | x) & Swar.HIGH_BITS;
    }

    /**
     * Reads, byte by byte from {@code i} (where a run may start), the runs that start before {@code until}; returns
     * where reading stopped, after the last run and its padding.
     */
    private static int base64Runs(Window w, int i, int until, List<EncodedSpan> spans) {
        byte[] data = w.data();
        int n = w.hi();
        while (i < until) {
            if (classOf(data[i]) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i + Long.BYTES <= n && allBase64((long) Swar.LONGS.get(data, i))) {
                i += Long.BYTES;
            }
            while (i < n && classOf(data[i]) != 0) {
                i++;
            }
            int end = i;
            while (i < n && data[i] == '=' && i - end < 2) {
                i++;
            }
            int length = end - start;
            if (length < MIN_BASE64 || length > MAX_SPAN) {
                continue;
            }
            int seen = 0;
            for (int k = start; k < end; k++) {
                seen |= 1 << classOf(data[k]);
            }
            boolean urlSafe = (seen & (1 << URL_SAFE)) != 0;
            boolean standard = (seen & (1 << STANDARD)) != 0;
            // Encoded text nearly always has all three character classes; identifiers and paths mostly do not.
            if ((seen & MIXED) == MIXED && !(standard && urlSafe)) {
                String decoded = decodeBase64(data, start, end, urlSafe);
                if (decoded != null) {
                    spans.add(new EncodedSpan(start - w.lo(), i - w.lo(), "base64", decoded));
                }
            }
        }
        return i;
    }

    private static String decodeBase64(byte[] data, int start, int end, boolean urlSafe) {
        int length = end - start;
        int usable = length % 4 >= 2 ? length : length - length % 4;
        byte[] body = Arrays.copyOfRange(data, start, start + usable + (usable % 4 == 0 ? 0 : 4 - usable % 4));
        Arrays.fill(body, usable, body.length, (byte) '=');
        try {
            return readableText((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as text when they are valid UTF-8 with hardly any control characters; otherwise null. */
    static String readableText(byte[] bytes) {
        if (bytes.length < 8) {
            return null;
        }
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        if (control * 20 > bytes.length || !Utf8Bytes.isValid(bytes, 0, bytes.length)) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether {@code data[from, to)} holds a {@code \\u} or {@code \\/} at all. */
    private static boolean hasJsonEscape(byte[] data, int from, int to) {
        for (int at = Utf8Bytes.indexOf(data, from, to, (byte) '\\'); at >= 0 && at + 1 < to;
             at = Utf8Bytes.indexOf(data, at + 1, to, (byte) '\\')) {
            if (data[at + 1] == 'u' || data[at + 1] == '/') {
                return true;
            }
        }
        return false;
    }

    /** Runs of non-space, non-quote text around each escape character that decode to something different. */
    private static void escaped(Window w, int from, int first, int to, byte marker, String encoding,
                                List<EncodedSpan> spans) {
        byte[] data = w.data();
        int lo = w.lo();
        int hi = w.hi();
        int at = first;
        int lastEnd = -1;
        while (at >= 0 && at < to) {
            if (marker == '\\' ? !hidesKeyCharacters(data, at, hi) : !isPercentEscape(data, at, hi)) {
                at = Utf8Bytes.indexOf(data, Math.min(at + 2, hi), hi, marker);
                continue;
            }
            if (at < lastEnd) {
                at = Utf8Bytes.indexOf(data, lastEnd, hi, marker);
                continue;
            }
            int start = runStart(data, lo, at, marker);
            int end = runEnd(data, hi, start, at, marker);
            lastEnd = end;
            String run = new String(data, start, end - start, StandardCharsets.UTF_8);
            String decoded = marker == '%' ? PercentDecoding.decode(run) : JsonEscapes.decode(run);
            if (decoded != null && !decoded.equals(run) && start >= from) {
                spans.add(new EncodedSpan(start - lo, end - lo, encoding, decoded));
            }
            at = Utf8Bytes.indexOf(data, end, hi, marker);
        }
    }

    /** Where the run around the escape at {@code at} begins, looking back at most {@link #MAX_SPAN} bytes. */
    private static int runStart(byte[] data, int lo, int at, byte marker) {
        int start = at;
        while (start > lo && at - start < MAX_SPAN) {
            int b = data[start - 1] & 0xff;
            if (b < 0x80) {
                if (!isRunChar((char) b, marker)) {
                    break;
                }
                start--;
                continue;
            }
            int lead = start - 1;
            while (lead > lo && lead > start - 4 && (data[lead] & 0xc0) == 0x80) {
                lead--;
            }
            int cp = Utf8Bytes.codePointAt(data, lead, start);
            if (cp >= 0 && Character.isWhitespace(cp)) {
                break;
            }
            start = cp >= 0 ? lead : start - 1;
        }
        return start;
    }

    /** Where the run that starts at {@code start} and holds the escape at {@code at} ends. */
    private static int runEnd(byte[] data, int hi, int start, int at, byte marker) {
        int end = at;
        while (end < hi && end - start < MAX_SPAN) {
            int b = data[end] & 0xff;
            if (b < 0x80) {
                if (!isRunChar((char) b, marker)) {
                    break;
                }
            } else if ((b & 0xc0) != 0x80) {
                int cp = Utf8Bytes.codePointAt(data, end, hi);
                if (cp >= 0 && Character.isWhitespace(cp)) {
                    break;
                }
            }
            end++;
        }
        return end;
    }

    /**
     * Only {@code \\/} and a {@code \\u} escape of a printable ASCII character can hide a key's own characters;
     * {@code \\n} and escapes of other characters (the tables of charset sources, say) cannot.
     */
    private static boolean hidesKeyCharacters(byte[] data, int at, int hi) {
        if (at + 1 >= hi) {
            return false;
        }
        byte next = data[at + 1];
        if (next == '/') {
            return true;
        }
        if (next != 'u' || at + 5 >= hi || data[at + 2] != '0' || data[at + 3] != '0') {
            return false;
        }
        int high = hex(data[at + 4]);
        int low = hex(data[at + 5]);
        return high >= 2 && high <= 7 && low >= 0;
    }

    private static boolean isPercentEscape(byte[] data, int at, int hi) {
        return at + 2 < hi && hex(data[at + 1]) >= 0 && hex(data[at + 2]) >= 0;
    }

    private static int hex(byte b) {
        return b >= 0 ? Character.digit((char) b, 16) : -1;
    }

    private static boolean isRunChar(char c, byte marker) {
        if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
            return false;
        }
        // Inside a JSON string an escaped quote is part of the run, but the quote alone ends it.
        return marker != '%' || (c != '&' && c != '?');
    }
}
