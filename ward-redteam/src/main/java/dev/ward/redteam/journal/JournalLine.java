package dev.ward.redteam.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes a {@link JournalEntry} as one JSON line, byte for byte what the object mapper writes (record component order,
 * nulls left out). The mapper's reflective bean serialisation, and even a streaming generator per line, cost more CPU
 * than the rest of a journal append; so lines are written here directly, and only text holding a surrogate (where
 * Jackson's choice between raw UTF-8 and escapes depends on its neighbours) goes through Jackson's generator.
 */
final class JournalLine {

    /** The object mapper's factory: its defaults differ from a bare factory's (it writes emoji as UTF-8, not escapes). */
    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private JournalLine() {
    }

    /** The record's components in declaration order, which is the order the mapper writes them in. */
    private static final String[] NAMES = {"type", "key", "probe", "repeat", "variant", "text", "blocked", "stopReason", "error",
        "inputTokens", "outputTokens", "millis", "at", "target", "model", "seed", "samples", "temperature", "topP", "probeSet"};

    /** The entry's JSON followed by a newline. */
    static byte[] encode(JournalEntry e) {
        // one loop over the fields rather than a call per field: the JIT compiled twenty inlined copies of the escaping
        Object[] values = {e.type(), e.key(), e.probe(), e.repeat(), e.variant(), e.text(), e.blocked(), e.stopReason(), e.error(),
            e.inputTokens(), e.outputTokens(), e.millis(), e.at(), e.target(), e.model(), e.seed(), e.samples(), e.temperature(),
            e.topP(), e.probeSet()};
        int textLength = 0;
        for (Object value : values) {
            if (value instanceof String text) {
                if (hasSurrogate(text)) {
                    return withGenerator(e);
                }
                textLength += text.length();
            }
        }
        Line out = new Line(256 + textLength * 3);
        out.raw('{');
        for (int f = 0; f < NAMES.length; f++) {
            Object value = values[f];
            if (value == null) {
                continue;
            }
            out.name(NAMES[f]);
            if (value instanceof String text) {
                out.string(text);
            } else if (value instanceof Double number) {
                out.number(number);
            } else {
                out.ascii(value.toString()); // Integer, Long and Boolean print as JSON does
            }
        }
        out.raw('}');
        out.raw('\n');
        return out.bytes();
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A line being written: UTF-8, with JSON's escapes as Jackson writes them. */
    private static final class Line {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        private byte[] bytes;
        private int size;
        private boolean first = true;

        Line(int capacity) {
            bytes = new byte[capacity];
        }

        void raw(char c) {
            ensure(1);
            bytes[size++] = (byte) c;
        }

        void ascii(String text) {
            ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
        }

        void name(String name) {
            if (!first) {
                raw(',');
            }
            first = false;
            raw('"');
            ascii(name);
            raw('"');
            raw(':');
        }

        void string(String value) {
            ensure(value.length() * 6 + 2);
            bytes[size++] = '"';
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    if (c < 0x800) {
                        bytes[size++] = (byte) (0xC0 | (c >> 6));
                    } else {
                        bytes[size++] = (byte) (0xE0 | (c >> 12));
                        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    }
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                } else if (c == '"' || c == '\\') {
                    bytes[size++] = '\\';
                    bytes[size++] = (byte) c;
                } else if (c >= 0x20) {
                    bytes[size++] = (byte) c;
                } else {
                    bytes[size++] = '\\';
                    char shortEscape = switch (c) {
                        case '\b' -> 'b';
                        case '\t' -> 't';
                        case '\n' -> 'n';
                        case '\f' -> 'f';
                        case '\r' -> 'r';
                        default -> 0;
                    };
                    if (shortEscape != 0) {
                        bytes[size++] = (byte) shortEscape;
                    } else {
                        bytes[size++] = 'u';
                        bytes[size++] = '0';
                        bytes[size++] = '0';
                        bytes[size++] = HEX[c >> 4];
                        bytes[size++] = HEX[c & 0xF];
                    }
                }
            }
            bytes[size++] = '"';
        }

        /** As Jackson writes a double: {@code Double.toString}, and NaN or infinity as a quoted string. */
        void number(double d) {
            boolean quoted = Double.isNaN(d) || Double.isInfinite(d);
            if (quoted) {
                raw('"');
            }
            ascii(Double.toString(d));
            if (quoted) {
                raw('"');
            }
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    /** Through Jackson's generator, for text with surrogates. */
    private static byte[] withGenerator(JournalEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (e.text() == null ? 0 : e.text().length() * 3 / 2));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            string(g, "type", e.type());
            string(g, "key", e.key());
            string(g, "probe", e.probe());
            number(g, "repeat", e.repeat());
            string(g, "variant", e.variant());
            string(g, "text", e.text());
            if (e.blocked() != null) {
                g.writeBooleanField("blocked", e.blocked());
            }
            string(g, "stopReason", e.stopReason());
            string(g, "error", e.error());
            number(g, "inputTokens", e.inputTokens());
            number(g, "outputTokens", e.outputTokens());
            number(g, "millis", e.millis());
            number(g, "at", e.at());
            string(g, "target", e.target());
            string(g, "model", e.model());
            number(g, "seed", e.seed());
            number(g, "samples", e.samples());
            number(g, "temperature", e.temperature());
            number(g, "topP", e.topP());
            string(g, "probeSet", e.probeSet());
            g.writeEndObject();
        } catch (IOException e2) {
            throw new UncheckedIOException("cannot encode a journal entry", e2);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void number(JsonGenerator g, String name, Long value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.longValue());
        }
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.doubleValue());
        }
    }
}
