package dev.ward.surface.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BSON (bsonspec.org) for the MongoDB stand-in: documents of strings, numbers, booleans, documents and arrays. */
final class BsonEncoding {

    private BsonEncoding() {
    }

    static byte[] document(Map<String, ?> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> element(body, name, value));
        body.write(0);
        byte[] content = body.toByteArray();
        return concat(int32(content.length + 4), content);
    }

    private static void element(ByteArrayOutputStream out, String name, Object value) {
        byte[] key = (name + "\0").getBytes(StandardCharsets.UTF_8);
        switch (value) {
            case String s -> {
                byte[] text = (s + "\0").getBytes(StandardCharsets.UTF_8);
                write(out, 0x02, key, concat(int32(text.length), text));
            }
            case Double d -> write(out, 0x01, key, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(d).array());
            case Integer i -> write(out, 0x10, key, int32(i));
            case Long l -> write(out, 0x12, key, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(l).array());
            case Boolean b -> write(out, 0x08, key, new byte[] {(byte) (b ? 1 : 0)});
            case Map<?, ?> m -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put((String) k, v));
                write(out, 0x03, key, document(copy));
            }
            case List<?> list -> {
                Map<String, Object> indexed = new LinkedHashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    indexed.put(String.valueOf(i), list.get(i));
                }
                write(out, 0x04, key, document(indexed));
            }
            default -> throw new IllegalArgumentException("no BSON encoding for " + value.getClass());
        }
    }

    private static void write(ByteArrayOutputStream out, int type, byte[] key, byte[] value) {
        out.write(type);
        out.writeBytes(key);
        out.writeBytes(value);
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
