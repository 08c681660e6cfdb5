package dev.ward.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Moves between char offsets in a Java string and byte offsets in its UTF-8 form, both ways. */
final class Utf8Offsets {

    private Utf8Offsets() {
    }

    /** A string's UTF-8 bytes; {@code charAtByte} is null when every char is one byte (pure ASCII). */
    record Encoded(byte[] bytes, int[] charAtByte) {
        int toChar(int byteOffset) {
            return charAtByte == null ? byteOffset : charAtByte[byteOffset];
        }
    }

    /** Bytes decoded to a string; {@code byteAtChar[i]} is the byte offset (relative) where char {@code i} starts. */
    record Decoded(String text, int[] byteAtChar) {
        int toByte(int charOffset) {
            return byteAtChar[charOffset];
        }
    }

    /** A scan over UTF-8 bytes, with byte offsets relative to {@code offset}. */
    @FunctionalInterface
    interface ByteScan {
        List<Detection> scan(byte[] data, int offset, int length);
    }

    /** Runs a byte scan over a text's UTF-8 form and moves each detection back to char offsets. */
    static List<Detection> scanAsUtf8(CharSequence text, ByteScan scan) {
        String string = text.toString();
        Encoded encoded = encode(string);
        List<Detection> found = scan.scan(encoded.bytes(), 0, encoded.bytes().length);
        if (encoded.charAtByte() == null) {
            return found;
        }
        List<Detection> moved = new ArrayList<>(found.size());
        for (Detection d : found) {
            int s = encoded.toChar(d.start());
            int e = encoded.toChar(d.end());
            moved.add(d.at(s, e, string.substring(s, e)));
        }
        return moved;
    }

    static Encoded encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == text.length()) {
            return new Encoded(bytes, null);
        }
        int[] charAt = new int[bytes.length + 1];
        int b = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int width;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                fill(charAt, b, 4, i);
                b += 4;
                i++;
                continue;
            } else if (c < 0x80 || Character.isSurrogate(c)) {
                width = 1; // a lone surrogate is encoded as '?'
            } else if (c < 0x800) {
                width = 2;
            } else {
                width = 3;
            }
            fill(charAt, b, width, i);
            b += width;
        }
        charAt[bytes.length] = n;
        return new Encoded(bytes, charAt);
    }

    private static void fill(int[] charAt, int from, int width, int charIndex) {
        for (int k = 0; k < width && from + k < charAt.length; k++) {
            charAt[from + k] = charIndex;
        }
    }

    /** Decodes UTF-8; each byte of an invalid or truncated sequence becomes one U+FFFD, so offsets stay exact. */
    static Decoded decode(byte[] data, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        int[] byteAt = new int[length + 1];
        int i = 0;
        while (i < length) {
            int lead = data[offset + i] & 0xff;
            int width = Utf8.width(lead);
            int codePoint = Utf8.codePointAt(data, offset + i, offset + length);
            if (codePoint < 0) {
                width = 1;
                codePoint = 0xfffd;
            }
            byteAt[text.length()] = i;
            if (Character.isSupplementaryCodePoint(codePoint)) {
                byteAt[text.length() + 1] = i;
            }
            text.appendCodePoint(codePoint);
            i += width;
        }
        byteAt[text.length()] = length;
        return new Decoded(text.toString(), byteAt);
    }
}
