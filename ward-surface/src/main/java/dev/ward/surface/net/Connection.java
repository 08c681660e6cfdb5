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
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

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
        return open(endpoint, budget, options, false);
    }

    /**
     * A connection, over TLS when {@code tls} is true. TLS here only reaches services that refuse plain text; the
     * certificate is accepted unverified because Ward identifies the service behind it and sends it no secrets.
     */
    public static Connection open(Endpoint endpoint, TimeBudget budget, SurfaceOptions options, boolean tls) throws ProbeException {
        Connection plain = openPlain(endpoint, budget, options);
        if (!tls) {
            return plain;
        }
        try {
            SSLSocket secure = (SSLSocket) UnverifiedTls.FACTORY.createSocket(plain.socket,
                    endpoint.address().getHostAddress(), endpoint.port(), true);
            secure.setSoTimeout(budget.timeoutMillis(options.readTimeout()));
            secure.startHandshake();
            return new Connection(secure, budget, options, endpoint.authority());
        } catch (SocketTimeoutException e) {
            plain.close();
            throw ProbeException.unidentified("TLS handshake timed out after " + seconds(options.readTimeout().toMillis()));
        } catch (IOException e) {
            plain.close();
            throw ProbeException.unidentified("TLS handshake failed: " + oneLine(e));
        }
    }

    private static Connection openPlain(Endpoint endpoint, TimeBudget budget, SurfaceOptions options) throws ProbeException {
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

    /**
     * Bytes the server sends on its own within {@code wait}, such as a greeting banner; an empty array when it sent
     * nothing in that time (which is no failure: most protocols wait for the client).
     */
    public byte[] banner(java.time.Duration wait) throws ProbeException {
        byte[] buf = new byte[8192];
        try {
            socket.setSoTimeout((int) Math.max(1, Math.min(wait.toMillis(), budget.timeoutMillis(options.readTimeout()))));
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return new byte[0];
            }
            bytesRead += n;
            return java.util.Arrays.copyOf(buf, n);
        } catch (SocketTimeoutException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new ProbeException(Access.UNREACHABLE, "connection reset before any reply");
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

    /** Accepts any certificate: used only to reach and name a TLS service, never to send it credentials. */
    private static final class UnverifiedTls {
        static final SSLSocketFactory FACTORY = create();

        private static SSLSocketFactory create() {
            TrustManager acceptAll = new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // not a client
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // identification only; see Connection.open
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            };
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {acceptAll}, new SecureRandom());
                return context.getSocketFactory();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("no TLS in this JDK", e);
            }
        }
    }
}
