package dev.ward.models.pickle;

import dev.ward.models.MalformedArtifactException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level reads for the disassembler: counts the offset, never allocates more than a preview of a payload. */
final class PickleReader {

    static final int PREVIEW = 160;
    /** Text arguments (GLOBAL names, INT lines) longer than this are not legitimate and stop the parse. */
    static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long offset;

    PickleReader(InputStream in) {
        this.in = in;
    }

    long offset() {
        return offset;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    /** The next byte, or -1 at the end. */
    int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        offset++;
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(0, n);
        return n > 0;
    }

    int u8() throws IOException {
        int b = next();
        if (b < 0) {
            throw truncated();
        }
        return b;
    }

    long littleEndian(int width) throws IOException {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= (long) u8() << (8 * i);
        }
        return value;
    }

    /** A length field; negative or absurd lengths are reported, never allocated. */
    long length(int width) throws IOException {
        long start = offset;
        long value = littleEndian(width);
        if (width == 4) {
            value = (int) value;
        }
        if (value < 0) {
            throw new MalformedArtifactException("negative length " + value, start);
        }
        return value;
    }

    /** Reads {@code length} bytes, keeping only the first {@link #PREVIEW}; the rest is skipped as it streams by. */
    byte[] payload(long length) throws IOException {
        int keep = (int) Math.min(length, PREVIEW);
        byte[] kept = new byte[keep];
        for (int i = 0; i < keep; i++) {
            kept[i] = (byte) u8();
        }
        skip(length - keep);
        return kept;
    }

    private void skip(long remaining) throws IOException {
        int buffered = (int) Math.min(remaining, limit - position);
        position += buffered;
        offset += buffered;
        remaining -= buffered;
        while (remaining > 0) {
            long n = in.skip(remaining);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw truncated();
                }
                n = 1;
            }
            remaining -= n;
            offset += n;
        }
    }

    /** Bytes up to the next newline, which is consumed but not returned. */
    byte[] line() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long start = offset;
        for (int b = u8(); b != '\n'; b = u8()) {
            if (out.size() >= MAX_LINE) {
                throw new MalformedArtifactException("text argument longer than " + MAX_LINE + " bytes", start);
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** A newline-terminated UTF-8 name, as GLOBAL and INST carry; invalid UTF-8 fails like Python's unpickler. */
    String nameLine() throws IOException {
        long start = offset;
        byte[] raw = line();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedArtifactException("import name is not valid UTF-8", start);
        }
    }

    MalformedArtifactException truncated() {
        return new MalformedArtifactException("truncated at byte " + offset, offset);
    }
}
