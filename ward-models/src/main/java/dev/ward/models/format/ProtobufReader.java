package dev.ward.models.format;

import dev.ward.models.MalformedArtifactException;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A bounded walk over protobuf wire format, reading tags and lengths in place: sub-messages are visited by range,
 * large fields (tensor data) are skipped by seeking, never read. Knows nothing of schemas; callers name the fields.
 */
final class ProtobufReader {

    static final int MAX_DEPTH = 32;

    private final RandomReader in;
    private final long end;
    private final int depth;
    private long position;
    private int field;
    private int wireType;
    private long fieldStart;
    private long fieldLength;

    ProtobufReader(RandomReader in, long start, long end, int depth) throws MalformedArtifactException {
        if (depth > MAX_DEPTH) {
            throw new MalformedArtifactException("protobuf messages nested deeper than " + MAX_DEPTH, start);
        }
        this.in = in;
        this.position = start;
        this.end = end;
        this.depth = depth;
    }

    static ProtobufReader of(RandomReader in) throws MalformedArtifactException {
        return new ProtobufReader(in, 0, in.size(), 0);
    }

    /** Advances to the next field; false at the end of this message. */
    boolean next() throws IOException {
        if (position >= end) {
            return false;
        }
        long tag = varint();
        field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        fieldStart = position;
        switch (wireType) {
            case 0 -> {
                varint();
                fieldLength = -1;
            }
            case 1 -> fieldLength = 8;
            case 2 -> {
                fieldLength = varint();
                fieldStart = position;
            }
            case 5 -> fieldLength = 4;
            default -> throw new MalformedArtifactException("unsupported protobuf wire type " + wireType, position);
        }
        if (fieldLength >= 0) {
            if (fieldLength > end - fieldStart || fieldLength < 0) {
                throw new MalformedArtifactException("protobuf field " + field + " of " + fieldLength
                        + " bytes runs past its message", fieldStart);
            }
            position = fieldStart + fieldLength;
        }
        return true;
    }

    int field() {
        return field;
    }

    boolean isLengthDelimited() {
        return wireType == 2;
    }

    long fieldOffset() {
        return fieldStart;
    }

    /** The current length-delimited field as a message. */
    ProtobufReader message() throws MalformedArtifactException {
        return new ProtobufReader(in, fieldStart, fieldStart + fieldLength, depth + 1);
    }

    /** The current length-delimited field as UTF-8, cut at {@code max} bytes. */
    String string(int max) throws IOException {
        byte[] bytes = new byte[(int) Math.min(fieldLength, max)];
        in.readFully(fieldStart, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private long varint() throws IOException {
        long value = 0;
        byte[] one = new byte[1];
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end || in.read(position, one, 0, 1) < 1) {
                throw new MalformedArtifactException("truncated protobuf varint", position);
            }
            position++;
            value |= (long) (one[0] & 0x7f) << shift;
            if ((one[0] & 0x80) == 0) {
                return value;
            }
        }
        throw new MalformedArtifactException("protobuf varint longer than 10 bytes", position);
    }
}
