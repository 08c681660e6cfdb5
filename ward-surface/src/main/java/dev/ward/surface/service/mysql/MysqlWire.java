package dev.ward.surface.service.mysql;

import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The MySQL/MariaDB client/server protocol: packets, the greeting, a password-less login and text-protocol queries. */
final class MysqlWire {

    private static final int CLIENT_LONG_PASSWORD = 1;
    private static final int CLIENT_PROTOCOL_41 = 0x200;
    private static final int CLIENT_TRANSACTIONS = 0x2000;
    private static final int CLIENT_SECURE_CONNECTION = 0x8000;
    private static final int CLIENT_MULTI_RESULTS = 0x20000;
    private static final int CLIENT_PLUGIN_AUTH = 0x80000;
    private static final int MAX_PACKET = 1 << 20;

    record Packet(int sequence, byte[] payload) {
        int first() {
            return payload.length == 0 ? -1 : payload[0] & 0xff;
        }

        boolean isError() {
            return first() == 0xff;
        }

        /** Error code and message of an ERR packet. */
        String error() {
            int code = (payload[1] & 0xff) | (payload[2] & 0xff) << 8;
            int at = payload.length > 3 && payload[3] == '#' ? 9 : 3;
            return code + " " + new String(payload, Math.min(at, payload.length), Math.max(0, payload.length - at), StandardCharsets.UTF_8);
        }
    }

    /** The server's initial handshake (protocol 10). */
    record Greeting(String version, String authPlugin) {
    }

    record Result(List<String> columns, List<List<String>> rows, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final Connection c;
    private final WireInput in;
    private final int maxCell;

    MysqlWire(Connection c, int maxCell) {
        this.c = c;
        this.in = new WireInput(c);
        this.maxCell = maxCell;
    }

    Packet read() throws ProbeException {
        int length = in.uint24le();
        int sequence = in.uint8();
        if (length > MAX_PACKET) {
            throw ProbeException.unidentified("MySQL packet of " + length + " bytes exceeds the cap");
        }
        return new Packet(sequence, in.bytes(length));
    }

    void write(int sequence, byte[] payload) throws ProbeException {
        byte[] out = new byte[payload.length + 4];
        out[0] = (byte) payload.length;
        out[1] = (byte) (payload.length >>> 8);
        out[2] = (byte) (payload.length >>> 16);
        out[3] = (byte) sequence;
        System.arraycopy(payload, 0, out, 4, payload.length);
        c.write(out);
    }

    /** Parses a greeting packet; null when the bytes are not one. */
    static Greeting greeting(byte[] p) {
        if (p.length < 20 || p[0] != 0x0a) {
            return null;
        }
        int end = 1;
        while (end < p.length && p[end] != 0) {
            if (p[end] < 0x20 || p[end] > 0x7e) {
                return null;
            }
            end++;
        }
        if (end == 1 || end >= p.length || !Character.isDigit(p[1])) {
            return null;
        }
        String version = new String(p, 1, end - 1, StandardCharsets.US_ASCII);
        int i = end + 1 + 4 + 8 + 1 + 2 + 1 + 2 + 2;
        int authLength = i < p.length ? p[i] & 0xff : 0;
        i += 1 + 10 + Math.max(13, authLength - 8);
        String plugin = "";
        if (i < p.length) {
            int pe = i;
            while (pe < p.length && p[pe] != 0) {
                pe++;
            }
            plugin = new String(p, i, pe - i, StandardCharsets.US_ASCII);
        }
        return new Greeting(version, plugin);
    }

    /** HandshakeResponse41 for {@code user} with an empty password. */
    static byte[] emptyPasswordLogin(String user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int caps = CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_TRANSACTIONS | CLIENT_SECURE_CONNECTION
                | CLIENT_MULTI_RESULTS | CLIENT_PLUGIN_AUTH;
        int32(out, caps);
        int32(out, MAX_PACKET);
        out.write(45);
        out.writeBytes(new byte[23]);
        out.writeBytes(user.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.write(0);
        out.writeBytes("mysql_native_password".getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        return out.toByteArray();
    }

    /** COM_QUERY in the text protocol; rows are cut at {@code maxRows} and cells at the cell cap. */
    Result query(String sql, int maxRows) throws ProbeException {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 1];
        payload[0] = 0x03;
        System.arraycopy(text, 0, payload, 1, text.length);
        c.allow(8L * MAX_PACKET);
        write(0, payload);
        Packet first = read();
        if (first.isError()) {
            return new Result(List.of(), List.of(), first.error());
        }
        if (first.first() == 0x00) {
            return new Result(List.of(), List.of(), null);
        }
        long count = lengthEncoded(first.payload(), new int[] {0});
        List<String> columns = new ArrayList<>();
        for (long k = 0; k < count; k++) {
            columns.add(columnName(read().payload()));
        }
        read();
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            Packet p = read();
            if (p.first() == 0xfe && p.payload().length < 9) {
                return new Result(columns, rows, null);
            }
            if (p.isError()) {
                return new Result(columns, rows, p.error());
            }
            if (rows.size() < maxRows) {
                rows.add(row(p.payload(), (int) count));
            }
        }
    }

    private List<String> row(byte[] p, int columns) {
        List<String> cells = new ArrayList<>();
        int[] at = {0};
        for (int k = 0; k < columns && at[0] < p.length; k++) {
            if ((p[at[0]] & 0xff) == 0xfb) {
                at[0]++;
                cells.add("");
                continue;
            }
            int len = (int) lengthEncoded(p, at);
            int end = Math.min(p.length, at[0] + len);
            cells.add(new String(p, at[0], Math.min(end - at[0], maxCell), StandardCharsets.UTF_8));
            at[0] = end;
        }
        return cells;
    }

    /** Column definition 41: catalog, schema, table, org_table, name, …; the fifth string is the name. */
    private static String columnName(byte[] p) {
        int[] at = {0};
        String name = "";
        for (int k = 0; k < 5 && at[0] < p.length; k++) {
            int len = (int) lengthEncoded(p, at);
            int end = Math.min(p.length, at[0] + len);
            name = new String(p, at[0], end - at[0], StandardCharsets.UTF_8);
            at[0] = end;
        }
        return name;
    }

    static long lengthEncoded(byte[] p, int[] at) {
        int b = p[at[0]++] & 0xff;
        int bytes = switch (b) {
            case 0xfc -> 2;
            case 0xfd -> 3;
            case 0xfe -> 8;
            default -> 0;
        };
        if (bytes == 0) {
            return b;
        }
        long v = 0;
        for (int i = 0; i < bytes && at[0] < p.length; i++) {
            v |= (long) (p[at[0]++] & 0xff) << (8 * i);
        }
        return v;
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
