package dev.ward.surface.service.postgres;

import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PostgreSQL frontend/backend protocol 3.0: the startup exchange and simple queries, parsed under limits. */
final class PostgresWire {

    static final int SSL_REQUEST_CODE = 80877103;
    static final int PROTOCOL_3 = 196608;
    private static final int MAX_MESSAGE = 1 << 20;

    /** One backend message: its type byte and payload. */
    record Message(char type, byte[] payload) {
        /** The fields of an ErrorResponse or NoticeResponse, by code: S severity, C SQLSTATE, M message. */
        Map<Character, String> fields() {
            Map<Character, String> out = new LinkedHashMap<>();
            int i = 0;
            while (i < payload.length && payload[i] != 0) {
                char code = (char) payload[i++];
                int end = i;
                while (end < payload.length && payload[end] != 0) {
                    end++;
                }
                out.put(code, new String(payload, i, end - i, StandardCharsets.UTF_8));
                i = end + 1;
            }
            return out;
        }

        int int32(int at) {
            return (payload[at] & 0xff) << 24 | (payload[at + 1] & 0xff) << 16 | (payload[at + 2] & 0xff) << 8 | payload[at + 3] & 0xff;
        }
    }

    /** The answer to a simple query: rows of text cells, or the error. */
    record QueryAnswer(List<String> columns, List<List<String>> rows, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final Connection c;
    private final WireInput in;
    private final int maxCell;

    PostgresWire(Connection c, int maxCell) {
        this.c = c;
        this.in = new WireInput(c);
        this.maxCell = maxCell;
    }

    static byte[] sslRequest() {
        return new byte[] {0, 0, 0, 8, 0x04, (byte) 0xd2, 0x16, 0x2f};
    }

    static byte[] startup(String user, String database) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int32(body, PROTOCOL_3);
        for (String s : new String[] {"user", user, "database", database, "application_name", "ward"}) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            body.write(0);
        }
        body.write(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, body.size() + 4);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    WireInput input() {
        return in;
    }

    void send(byte[] bytes) throws ProbeException {
        c.write(bytes);
    }

    Message read() throws ProbeException {
        char type = (char) in.uint8();
        int length = in.int32be();
        if (length < 4 || length > MAX_MESSAGE) {
            throw ProbeException.unidentified("not a PostgreSQL message (type 0x" + Integer.toHexString(type)
                    + ", length " + length + ")");
        }
        return new Message(type, in.bytes(length - 4));
    }

    /** Runs one statement with the simple query protocol and reads to ReadyForQuery. */
    QueryAnswer query(String sql, int maxRows) throws ProbeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        out.write('Q');
        int32(out, text.length + 5);
        out.writeBytes(text);
        out.write(0);
        c.allow(4L * MAX_MESSAGE);
        c.write(out.toByteArray());
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String error = null;
        while (true) {
            Message m = read();
            switch (m.type()) {
                case 'T' -> columns.addAll(columnNames(m.payload()));
                case 'D' -> {
                    if (rows.size() < maxRows) {
                        rows.add(cells(m.payload()));
                    }
                }
                case 'E' -> error = m.fields().getOrDefault('M', "error");
                case 'Z' -> {
                    return new QueryAnswer(columns, rows, error);
                }
                default -> {
                    // CommandComplete, notices, parameter changes: nothing to keep
                }
            }
        }
    }

    private static List<String> columnNames(byte[] p) {
        List<String> names = new ArrayList<>();
        int count = (p[0] & 0xff) << 8 | p[1] & 0xff;
        int i = 2;
        for (int k = 0; k < count && i < p.length; k++) {
            int end = i;
            while (end < p.length && p[end] != 0) {
                end++;
            }
            names.add(new String(p, i, end - i, StandardCharsets.UTF_8));
            i = end + 1 + 18;
        }
        return names;
    }

    private List<String> cells(byte[] p) {
        List<String> cells = new ArrayList<>();
        int count = (p[0] & 0xff) << 8 | p[1] & 0xff;
        int i = 2;
        for (int k = 0; k < count && i + 4 <= p.length; k++) {
            int len = (p[i] & 0xff) << 24 | (p[i + 1] & 0xff) << 16 | (p[i + 2] & 0xff) << 8 | p[i + 3] & 0xff;
            i += 4;
            if (len < 0) {
                cells.add("");
                continue;
            }
            int end = Math.min(p.length, i + len);
            cells.add(new String(p, i, Math.min(end - i, maxCell), StandardCharsets.UTF_8));
            i = end;
        }
        return cells;
    }

    void terminate() {
        try {
            c.write(new byte[] {'X', 0, 0, 0, 4});
        } catch (ProbeException ignored) {
            // closing anyway
        }
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
