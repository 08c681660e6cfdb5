package dev.ward.surface.net;

import dev.ward.core.Access;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.HexFormat;

/**
 * One TCP connection under hard limits: every read waits at most the read timeout and never past the endpoint's
 * deadline, and no more than a fixed number of bytes is read in total. A tarpit, a trickle or an endless stream
 * all end with a {@link ProbeException}.
 */
public final class Connection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final TimeBudget budget;
    private final SurfaceOptions options;
    private final String what;
    private long readLimit;
    private long bytesRead;

    private Connection(Socket socket, TimeBudget budget, SurfaceOptions options, String what) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.budget = budget;
        this.options = options;
        this.what = what;
        this.readLimit = options.maxResponseBytes();
    }

    public static Connection open(Endpoint endpoint, TimeBudget budget, SurfaceOptions options) throws ProbeException {
        if (budget.expired()) {
            throw ProbeException.connectFailed("time budget of " + seconds(budget.total().toMillis()) + " used up");
        }
        Socket socket = new Socket();
        int timeout = budget.timeoutMillis(options.connectTimeout());
        try {
            socket.setTcpNoDelay(true);
            socket.connect(endpoint.socketAddress(), timeout);
            return new Connection(socket, budget, options, endpoint.authority());
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw ProbeException.connectFailed("connect timed out after " + seconds(timeout));
        } catch (ConnectException e) {
            closeQuietly(socket);
            throw ProbeException.connectFailed("connection refused");
        } catch (NoRouteToHostException e) {
            closeQuietly(socket);
            throw ProbeException.connectFailed("no route to host");
        } catch (IOException e) {
            closeQuietly(socket);
            throw ProbeException.connectFailed("connect failed: " + oneLine(e));
        }
    }

    /** Resets the byte allowance, for a new request on the same connection. */
    public void allow(long bytes) {
        readLimit = bytesRead + bytes;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public void write(byte[] bytes) throws ProbeException {
        try {
            socket.setSoTimeout(budget.timeoutMillis(options.readTimeout()));
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new ProbeException(Access.UNREACHABLE, "write failed: " + oneLine(e));
        }
    }

    /** One byte, or -1 at the end of the stream. */
    public int read() throws ProbeException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    /** Up to {@code len} bytes, at least one, or -1 at the end of the stream. */
    public int read(byte[] buf, int off, int len) throws ProbeException {
        if (bytesRead >= readLimit) {
            throw new ProbeException(Access.NOT_IDENTIFIED, "reply exceeds " + readLimit + " bytes; stopped reading");
        }
        if (budget.expired()) {
            throw timeout("time budget of " + seconds(budget.total().toMillis()) + " used up while reading");
        }
        try {
            socket.setSoTimeout(budget.timeoutMillis(options.readTimeout()));
            int n = in.read(buf, off, (int) Math.min(len, readLimit - bytesRead));
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        } catch (SocketTimeoutException e) {
            if (budget.expired()) {
                throw timeout("time budget of " + seconds(budget.total().toMillis()) + " used up while reading");
            }
            throw timeout(bytesRead == 0
                    ? "accepted the connection but sent nothing within " + seconds(options.readTimeout().toMillis())
                    : "stopped sending for " + seconds(options.readTimeout().toMillis()) + " after " + bytesRead + " bytes");
        } catch (SocketException e) {
            throw new ProbeException(Access.UNREACHABLE, "connection reset after " + bytesRead + " bytes");
        } catch (IOException e) {
            throw new ProbeException(Access.UNREACHABLE, "read failed: " + oneLine(e));
        }
    }

    public void readFully(byte[] buf) throws ProbeException {
        int done = 0;
        while (done < buf.length) {
            int n = read(buf, done, buf.length - done);
            if (n < 0) {
                throw new ProbeException(Access.NOT_IDENTIFIED, "connection closed mid-reply after " + bytesRead + " bytes");
            }
            done += n;
        }
    }

    private ProbeException timeout(String detail) {
        return new ProbeException(bytesRead == 0 ? Access.UNREACHABLE : Access.NOT_IDENTIFIED, detail);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    public String peer() {
        return what;
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The first bytes of a reply as hex, to name what answered without echoing it. */
    public static String hexPrefix(byte[] bytes, int length) {
        int n = Math.min(length, Math.min(bytes.length, 12));
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n) + (length > n ? " …" : "");
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a failed socket can fail again; nothing more to do
        }
    }
}
