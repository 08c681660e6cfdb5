package dev.ward.surface.service.redis;

import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Redis serialisation protocol (RESP2, and the RESP3 types a server may send), parsed under limits. */
final class Resp {

    private static final int MAX_LINE = 4096;
    private static final int MAX_ELEMENTS = 1000;
    private static final int MAX_DEPTH = 4;

    /** One reply: a status, an error, an integer, a bulk string (null when nil) or an array. */
    sealed interface Reply permits Simple, Error, Int, Bulk, Array {
    }

    record Simple(String text) implements Reply {
    }

    record Error(String text) implements Reply {
        /** The error's first word, such as {@code NOAUTH} or {@code ERR}. */
        String code() {
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        }
    }

    record Int(long value) implements Reply {
    }

    record Bulk(String text) implements Reply {
    }

    record Array(List<Reply> items) implements Reply {
    }

    private final Connection connection;
    private final WireInput in;
    private final int maxBulk;

    Resp(Connection connection, int maxBulk) {
        this.connection = connection;
        this.in = new WireInput(connection);
        this.maxBulk = maxBulk;
    }

    /** Sends one command as a RESP array of bulk strings (binary-safe for key names) and reads the reply. */
    Reply command(String... args) throws ProbeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        connection.allow(4L * maxBulk + 64 * 1024);
        connection.write(out.toByteArray());
        return read(0);
    }

    /** Reads a reply sent without a command of ours, or after an inline command. */
    Reply read(int depth) throws ProbeException {
        int type = in.uint8();
        String line = in.line(MAX_LINE);
        return switch (type) {
            case '+' -> new Simple(line);
            case '-' -> new Error(line);
            case ':' -> new Int(number(line));
            case '$', '=' -> bulk(number(line));
            case '*', '~', '>' -> array(number(line), depth);
            case '%' -> array(2 * number(line), depth);
            case '_' -> new Bulk(null);
            case '#', ',', '(' -> new Simple(line);
            default -> throw ProbeException.unidentified("not a RESP reply; first byte 0x" + Integer.toHexString(type));
        };
    }

    private Reply bulk(long length) throws ProbeException {
        if (length < 0) {
            return new Bulk(null);
        }
        if (length > maxBulk) {
            throw ProbeException.unidentified("RESP bulk string of " + length + " bytes exceeds " + maxBulk);
        }
        byte[] bytes = in.bytes((int) length);
        in.line(2);
        return new Bulk(new String(bytes, StandardCharsets.UTF_8));
    }

    private Reply array(long count, int depth) throws ProbeException {
        if (count < 0) {
            return new Array(List.of());
        }
        if (count > MAX_ELEMENTS || depth >= MAX_DEPTH) {
            throw ProbeException.unidentified("RESP array too large or deep (" + count + " elements)");
        }
        List<Reply> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(read(depth + 1));
        }
        return new Array(items);
    }

    private static long number(String line) throws ProbeException {
        if (!line.matches("-?\\d{1,18}")) {
            throw ProbeException.unidentified("not a RESP length: " + line.substring(0, Math.min(20, line.length())));
        }
        return Long.parseLong(line);
    }

    /** The text of a reply: a bulk or simple string, else empty. */
    static String text(Reply reply) {
        return switch (reply) {
            case Bulk b -> b.text() == null ? "" : b.text();
            case Simple s -> s.text();
            default -> "";
        };
    }

    /** The bulk strings of an array reply, flattened one level. */
    static List<String> strings(Reply reply) {
        List<String> out = new ArrayList<>();
        if (reply instanceof Array a) {
            for (Reply r : a.items()) {
                if (r instanceof Array inner) {
                    inner.items().forEach(x -> out.add(text(x)));
                } else {
                    out.add(text(r));
                }
            }
        }
        return out;
    }
}
