package dev.ward.surface.net;

import dev.ward.core.Access;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Buffered reads of binary and line protocols from one {@link Connection}; every read keeps its limits. */
public final class WireInput {

    private final Connection c;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;

    public WireInput(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    private void need() throws ProbeException {
        if (pos < limit) {
            return;
        }
        int n = c.read(buf, 0, buf.length);
        if (n < 0) {
            throw new ProbeException(Access.NOT_IDENTIFIED, "connection closed mid-reply after " + c.bytesRead() + " bytes");
        }
        pos = 0;
        limit = n;
    }

    public int uint8() throws ProbeException {
        need();
        return buf[pos++] & 0xff;
    }

    public byte[] bytes(int n) throws ProbeException {
        if (n < 0) {
            throw ProbeException.unidentified("negative length in reply");
        }
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            need();
            int k = Math.min(n - done, limit - pos);
            System.arraycopy(buf, pos, out, done, k);
            pos += k;
            done += k;
        }
        return out;
    }

    public int int32le() throws ProbeException {
        return uint8() | uint8() << 8 | uint8() << 16 | uint8() << 24;
    }

    public int int32be() throws ProbeException {
        return uint8() << 24 | uint8() << 16 | uint8() << 8 | uint8();
    }

    public int uint24le() throws ProbeException {
        return uint8() | uint8() << 8 | uint8() << 16;
    }

    /** A line without its CR LF, at most {@code max} bytes. */
    public String line(int max) throws ProbeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int b = uint8();
            if (b == '\n') {
                byte[] raw = out.toByteArray();
                int len = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
                return new String(raw, 0, len, StandardCharsets.UTF_8);
            }
            if (out.size() >= max) {
                throw ProbeException.unidentified("reply line longer than " + max + " bytes");
            }
            out.write(b);
        }
    }
}
