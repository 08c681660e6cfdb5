package dev.ward.redteam.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes a {@link JournalEntry} as one JSON line with Jackson's streaming generator, byte for byte what the object
 * mapper writes (record component order, nulls left out) without its reflective bean serialisation, which cost more
 * CPU than the rest of a journal append.
 */
final class JournalLine {

    /** The object mapper's factory: its defaults differ from a bare factory's (it writes emoji as UTF-8, not escapes). */
    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private JournalLine() {
    }

    /** The entry's JSON followed by a newline. */
    static byte[] encode(JournalEntry e) {
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
