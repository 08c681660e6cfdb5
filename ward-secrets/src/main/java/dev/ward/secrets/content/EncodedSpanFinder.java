package dev.ward.secrets.content;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Finds text hidden by base64, URL (percent) or JSON escapes and decodes it, so a key that was encoded once is found
 * too. Decoded base64 must be readable text, which rules out images and identifiers that merely look like base64.
 */
final class EncodedSpanFinder {

    static final int MIN_BASE64 = 24;
    static final int MAX_SPAN = 1 << 20;

    private EncodedSpanFinder() {
    }

    /** Encoded runs that start in {@code [from, to)}. */
    static List<EncodedSpan> find(String text, int from, int to) {
        List<EncodedSpan> spans = new ArrayList<>();
        base64(text, from, to, spans);
        if (text.indexOf('%', from) >= 0) {
            escaped(text, from, to, '%', "url", spans);
        }
        if (text.indexOf("\\u", from) >= 0 || text.indexOf("\\/", from) >= 0) {
            escaped(text, from, to, '\\', "json", spans);
        }
        return spans;
    }

    /** Character classes for the base64 scan: 0 none, then upper, lower, digit, standard-only, url-safe-only. */
    private static final byte[] CLASS = new byte[128];
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

    private static int classOf(char c) {
        return c < 128 ? CLASS[c] : 0;
    }

    private static void base64(String text, int from, int to, List<EncodedSpan> spans) {
        int n = text.length();
        int i = from;
        while (i < to) {
            if (classOf(text.charAt(i)) == 0) {
                i++;
                continue;
            }
            int start = i;
            int seen = 0;
            while (i < n) {
                int k = classOf(text.charAt(i));
                if (k == 0) {
                    break;
                }
                seen |= 1 << k;
                i++;
            }
            int end = i;
            while (i < n && text.charAt(i) == '=' && i - end < 2) {
                i++;
            }
            int length = end - start;
            boolean urlSafe = (seen & (1 << URL_SAFE)) != 0;
            boolean standard = (seen & (1 << STANDARD)) != 0;
            // Encoded text nearly always has all three character classes; identifiers and paths mostly do not.
            if (length >= MIN_BASE64 && length <= MAX_SPAN && (seen & MIXED) == MIXED && !(standard && urlSafe)) {
                String decoded = decodeBase64(text.substring(start, end), urlSafe);
                if (decoded != null) {
                    spans.add(new EncodedSpan(start, i, "base64", decoded));
                }
            }
        }
    }

    private static String decodeBase64(String run, boolean urlSafe) {
        int usable = run.length() - run.length() % 4;
        if (run.length() % 4 >= 2) {
            usable = run.length();
        }
        try {
            String body = run.substring(0, usable);
            byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(body.length() % 4 == 0 ? body : body + "==".substring(0, 4 - body.length() % 4));
            return readableText(bytes);
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
        if (control * 20 > bytes.length) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Runs of non-space, non-quote text around each escape character that decode to something different. */
    private static void escaped(String text, int from, int to, char marker, String encoding, List<EncodedSpan> spans) {
        int at = text.indexOf(marker, from);
        int lastEnd = -1;
        while (at >= 0 && at < to) {
            if (marker == '\\' ? !hidesKeyCharacters(text, at) : !isPercentEscape(text, at)) {
                at = text.indexOf(marker, at + 2);
                continue;
            }
            if (at < lastEnd) {
                at = text.indexOf(marker, lastEnd);
                continue;
            }
            int start = at;
            while (start > 0 && at - start < MAX_SPAN && isRunChar(text.charAt(start - 1), marker)) {
                start--;
            }
            int end = at;
            while (end < text.length() && end - start < MAX_SPAN && isRunChar(text.charAt(end), marker)) {
                end++;
            }
            lastEnd = end;
            String run = text.substring(start, end);
            String decoded = marker == '%' ? PercentDecoding.decode(run) : JsonEscapes.decode(run);
            if (decoded != null && !decoded.equals(run) && start >= from) {
                spans.add(new EncodedSpan(start, end, encoding, decoded));
            }
            at = text.indexOf(marker, end);
        }
    }

    /**
     * Only {@code \\/} and a {@code \\u} escape of a printable ASCII character can hide a key's own characters;
     * {@code \\n} and escapes of other characters (the tables of charset sources, say) cannot.
     */
    private static boolean hidesKeyCharacters(String text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        if (next == '/') {
            return true;
        }
        if (next != 'u' || at + 5 >= text.length() || text.charAt(at + 2) != '0' || text.charAt(at + 3) != '0') {
            return false;
        }
        int high = Character.digit(text.charAt(at + 4), 16);
        int low = Character.digit(text.charAt(at + 5), 16);
        return high >= 2 && high <= 7 && low >= 0;
    }

    private static boolean isPercentEscape(String text, int at) {
        return at + 2 < text.length() && Character.digit(text.charAt(at + 1), 16) >= 0
                && Character.digit(text.charAt(at + 2), 16) >= 0;
    }

    private static boolean isRunChar(char c, char marker) {
        if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
            return false;
        }
        // Inside a JSON string an escaped quote is part of the run, but the quote alone ends it.
        return marker != '%' || (c != '&' && c != '?');
    }
}
