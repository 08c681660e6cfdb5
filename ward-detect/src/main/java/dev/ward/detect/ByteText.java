package dev.ward.detect;

import java.nio.charset.StandardCharsets;

/**
 * A window of bytes seen as chars, one char per byte (ISO-8859-1), so that {@code java.util.regex} and the
 * char-based detectors run over UTF-8 input without decoding it and report byte offsets. Every ASCII byte is its own
 * char; the bytes of a multi-byte UTF-8 sequence become chars of 0x80 and above, which no rule's ASCII character
 * class matches. Index {@code i} of this view is {@code data[offset + i]}.
 */
final class ByteText implements CharSequence {

    final byte[] data;
    final int offset;
    private final int length;

    ByteText(byte[] data, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        this.data = data;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) (data[offset + index] & 0xff);
    }

    @Override
    public ByteText subSequence(int start, int end) {
        java.util.Objects.checkFromToIndex(start, end, length);
        return new ByteText(data, offset + start, end - start);
    }

    /** The bytes {@code [start, end)} of this view decoded as UTF-8 (invalid sequences become U+FFFD). */
    String utf8(int start, int end) {
        return new String(data, offset + start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }
}
