package dev.ward.surface.clickhouse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds packets in the ClickHouse native protocol's encoding: LEB128 varints, length-prefixed strings, little-endian ints. */
final class NativeWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    NativeWriter varUInt(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    NativeWriter string(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varUInt(bytes.length);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    NativeWriter uint8(int value) {
        out.write(value & 0xff);
        return this;
    }

    NativeWriter int32(int value) {
        for (int i = 0; i < 4; i++) {
            out.write((value >>> (8 * i)) & 0xff);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
