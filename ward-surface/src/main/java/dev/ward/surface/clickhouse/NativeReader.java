package dev.ward.surface.clickhouse;

import dev.ward.core.Access;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the ClickHouse native encoding from a connection, refusing anything a real server would not send:
 * varints longer than 10 bytes, and strings longer than a cap, so a hostile peer cannot make Ward allocate
 * gigabytes from a four-byte length.
 */
final class NativeReader {

    private final Connection connection;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;
    private long consumed;

    NativeReader(Connection connection) {
        this.connection = connection;
    }

    long consumed() {
        return consumed;
    }

    private void fill() throws ProbeException {
        if (pos < limit) {
            return;
        }
        int n = connection.read(buf, 0, buf.length);
        if (n < 0) {
            throw new ProbeException(Access.NOT_IDENTIFIED, "connection closed mid-packet after " + consumed + " bytes");
        }
        pos = 0;
        limit = n;
    }

    int uint8() throws ProbeException {
        fill();
        consumed++;
        return buf[pos++] & 0xff;
    }

    long varUInt() throws ProbeException {
        long value = 0;
        for (int i = 0; i < 10; i++) {
            int b = uint8();
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw ProbeException.unidentified("malformed varint in native reply");
    }

    /** A varint that must fit under {@code max}; used for lengths and counts. */
    int count(long max, String what) throws ProbeException {
        long value = varUInt();
        if (value < 0 || value > max) {
            throw ProbeException.unidentified(what + " of " + Long.toUnsignedString(value) + " in native reply exceeds the limit of " + max);
        }
        return (int) value;
    }

    int int32() throws ProbeException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= uint8() << (8 * i);
        }
        return v;
    }

    byte[] bytes(int length) throws ProbeException {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            fill();
            int n = Math.min(length - done, limit - pos);
            System.arraycopy(buf, pos, out, done, n);
            pos += n;
            consumed += n;
            done += n;
        }
        return out;
    }

    String string(int maxBytes, String what) throws ProbeException {
        return new String(bytes(count(maxBytes, what + " length")), StandardCharsets.UTF_8);
    }

    void skip(long length) throws ProbeException {
        long left = length;
        while (left > 0) {
            int n = (int) Math.min(left, 8192);
            bytes(n);
            left -= n;
        }
    }
}
