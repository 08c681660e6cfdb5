package dev.ward.surface.service.mongo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough BSON: write small command documents, read replies into maps and lists (unknown types end a document). */
public final class Bson {

    private static final int MAX_DEPTH = 32;

    private Bson() {
    }

    /** A document from name/value pairs: String, Integer, Boolean, or a nested Map. */
    public static byte[] document(Map<String, ?> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            byte[] key = (name + "\0").getBytes(StandardCharsets.UTF_8);
            switch (value) {
                case String s -> {
                    body.write(0x02);
                    body.writeBytes(key);
                    byte[] bytes = (s + "\0").getBytes(StandardCharsets.UTF_8);
                    body.writeBytes(int32(bytes.length));
                    body.writeBytes(bytes);
                }
                case Integer i -> {
                    body.write(0x10);
                    body.writeBytes(key);
                    body.writeBytes(int32(i));
                }
                case Boolean b -> {
                    body.write(0x08);
                    body.writeBytes(key);
                    body.write(b ? 1 : 0);
                }
                case Map<?, ?> m -> {
                    body.write(0x03);
                    body.writeBytes(key);
                    @SuppressWarnings("unchecked") Map<String, ?> nested = (Map<String, ?>) m;
                    body.writeBytes(document(nested));
                }
                default -> throw new IllegalArgumentException("unsupported BSON value " + value.getClass());
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(int32(body.size() + 5));
        out.writeBytes(body.toByteArray());
        out.write(0);
        return out.toByteArray();
    }

    static byte[] int32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** Reads the document at the buffer's position; throws IllegalArgumentException on malformed input. */
    public static Map<String, Object> read(ByteBuffer in) {
        return read(in.order(ByteOrder.LITTLE_ENDIAN), 0);
    }

    private static Map<String, Object> read(ByteBuffer in, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("BSON nested too deep");
        }
        int start = in.position();
        int size = in.getInt();
        if (size < 5 || start + size > in.limit()) {
            throw new IllegalArgumentException("bad BSON document size " + size);
        }
        int end = start + size;
        Map<String, Object> out = new LinkedHashMap<>();
        while (in.position() < end - 1) {
            int type = in.get() & 0xff;
            String name = cstring(in);
            Object value = switch (type) {
                case 0x01 -> in.getDouble();
                case 0x02, 0x0d, 0x0e -> string(in);
                case 0x03 -> read(in, depth + 1);
                case 0x04 -> new ArrayList<>(read(in, depth + 1).values());
                case 0x05 -> {
                    int n = in.getInt();
                    in.get();
                    in.position(in.position() + n);
                    yield "<binary " + n + " bytes>";
                }
                case 0x07 -> {
                    byte[] id = new byte[12];
                    in.get(id);
                    yield java.util.HexFormat.of().formatHex(id);
                }
                case 0x08 -> in.get() != 0;
                case 0x09, 0x11, 0x12 -> in.getLong();
                case 0x0a, 0x06, 0xff, 0x7f -> null;
                case 0x10 -> in.getInt();
                case 0x13 -> {
                    in.position(in.position() + 16);
                    yield "<decimal128>";
                }
                default -> throw new IllegalArgumentException("unsupported BSON type 0x" + Integer.toHexString(type));
            };
            out.put(name, value);
        }
        in.position(end);
        return out;
    }

    private static String cstring(ByteBuffer in) {
        int start = in.position();
        while (in.get() != 0) {
            // scan to the terminator
        }
        return new String(in.array(), in.arrayOffset() + start, in.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n < 1 || n > in.remaining()) {
            throw new IllegalArgumentException("bad BSON string length " + n);
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n - 1, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    /** A document as compact JSON-like text, for the detectors. */
    public static String text(Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> {
                List<String> parts = new ArrayList<>();
                m.forEach((k, v) -> parts.add("\"" + k + "\":" + text(v)));
                yield "{" + String.join(",", parts) + "}";
            }
            case List<?> l -> "[" + String.join(",", l.stream().map(Bson::text).toList()) + "]";
            case String s -> "\"" + s.replace("\"", "\\\"") + "\"";
            default -> String.valueOf(value);
        };
    }
}
