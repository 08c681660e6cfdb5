package dev.ward.redteam.target;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A lean HTTP/1.1 client for plain {@code http://} targets (local model servers: vLLM, Ollama, llama.cpp): blocking
 * sockets meant for virtual threads, one keep-alive connection per concurrent caller taken from a per-authority pool,
 * the request head and body in one write, the answer framed by Content-Length, chunked encoding or close. No selector
 * thread and no hand-off between threads, so a request costs two system calls and little allocation.
 * A pooled connection that the server closed between requests is reopened once, but only when not one byte of an answer
 * came back on it. Thread-safe.
 */
final class KeepAliveHttp1Client {

    /** What came back. {@code retryAfter} is the raw header value or null. */
    record Reply(int status, String retryAfter, byte[] body) {
    }

    static final int MAX_BODY_BYTES = 32 << 20;
    private static final int MAX_HEAD_BYTES = 64 << 10;
    private static final int MAX_IDLE_PER_AUTHORITY = 1024;

    private final Duration connectTimeout;
    private final Map<String, Idle> idle = new ConcurrentHashMap<>();

    /** Idle connections to one authority, most recently used first, with a count: the deque's own size() walks it. */
    private static final class Idle {
        final ConcurrentLinkedDeque<Connection> connections = new ConcurrentLinkedDeque<>();
        final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        Connection take() {
            Connection connection = connections.pollFirst();
            if (connection != null) {
                count.decrementAndGet();
            }
            return connection;
        }

        /** Keeps the connection for reuse, or closes it when enough are kept already. */
        void give(Connection connection) {
            if (count.incrementAndGet() <= MAX_IDLE_PER_AUTHORITY) {
                connections.addFirst(connection);
            } else {
                count.decrementAndGet();
                connection.close();
            }
        }
    }

    KeepAliveHttp1Client(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    Reply post(URI uri, Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
        Head head = head(uri, headers);
        byte[] request = head.request(body);
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String authority = head.authority;
        Idle pool = idle.computeIfAbsent(authority, a -> new Idle());
        Connection pooled = pool.take();
        if (pooled != null) {
            try {
                return exchange(pooled, pool, request, timeout);
            } catch (StaleConnection stale) {
                // the server closed an idle keep-alive connection before it read this request: send it once more, fresh
            }
        }
        Connection fresh = Connection.open(new InetSocketAddress(host, port), connectTimeout);
        try {
            return exchange(fresh, pool, request, timeout);
        } catch (StaleConnection stale) {
            throw new EOFException("connection closed before an answer");
        }
    }

    private Reply exchange(Connection connection, Idle pool, byte[] request, Duration timeout) throws IOException {
        boolean keep = false;
        Deadlines.watch(connection, System.nanoTime() + timeout.toNanos());
        try {
            try {
                connection.out.write(request);
                connection.out.flush();
            } catch (IOException e) {
                throw new StaleConnection(e);
            }
            Parsed parsed = read(connection.in);
            keep = parsed.keepAlive;
            return parsed.reply;
        } catch (IOException e) {
            if (connection.timedOut) {
                throw new java.net.SocketTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            keep &= Deadlines.release(connection);
            if (keep) {
                pool.give(connection);
            } else {
                connection.close();
            }
        }
    }

    /**
     * The request head up to the Content-Length value, for one URI and header map. A run sends thousands of requests with
     * the same ones, so the last head is kept and reused while the caller passes the same URI and an equal map.
     */
    private static final class Head {
        final URI uri;
        final Map<String, String> headers;
        final String authority;
        final byte[] prefix;

        Head(URI uri, Map<String, String> headers, String authority, byte[] prefix) {
            this.uri = uri;
            this.headers = headers;
            this.authority = authority;
            this.prefix = prefix;
        }

        byte[] request(byte[] body) {
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = Arrays.copyOf(prefix, prefix.length + length.length + body.length);
            System.arraycopy(length, 0, request, prefix.length, length.length);
            System.arraycopy(body, 0, request, prefix.length + length.length, body.length);
            return request;
        }
    }

    private volatile Head lastHead;

    private Head head(URI uri, Map<String, String> headers) {
        Head last = lastHead;
        if (last != null && last.uri == uri && (last.headers == headers || last.headers.equals(headers))) {
            return last;
        }
        String authority = uri.getHost() + ":" + (uri.getPort() < 0 ? 80 : uri.getPort());
        Head head = new Head(uri, new java.util.LinkedHashMap<>(headers), authority, encodeHead(uri, authority, headers));
        lastHead = head;
        return head;
    }

    private static byte[] encodeHead(URI uri, String authority, Map<String, String> headers) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder head = new StringBuilder(256 + headers.size() * 48);
        head.append("POST ").append(path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getPort() < 0 ? uri.getHost() : authority).append("\r\n");
        boolean contentType = false;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase("host") || name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("connection")) {
                continue;
            }
            contentType |= name.equalsIgnoreCase("content-type");
            checkHeader(name);
            checkHeader(header.getValue());
            head.append(name).append(": ").append(header.getValue()).append("\r\n");
        }
        if (!contentType) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void checkHeader(String text) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a header name or value contains a line break");
        }
    }

    private record Parsed(Reply reply, boolean keepAlive) {
    }

    private static Parsed read(Inbound in) throws IOException {
        while (true) {
            String statusLine;
            try {
                statusLine = line(in, true);
            } catch (EOFException closed) {
                throw new StaleConnection(closed);
            }
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer");
            }
            int status = parseStatus(statusLine);
            boolean http10 = statusLine.startsWith("HTTP/1.0");
            long length = -1;
            boolean chunked = false;
            boolean close = http10;
            String retryAfter = null;
            int headBytes = statusLine.length();
            for (String header = line(in, false); !header.isEmpty(); header = line(in, false)) {
                headBytes += header.length();
                if (headBytes > MAX_HEAD_BYTES) {
                    throw new IOException("HTTP header longer than " + MAX_HEAD_BYTES + " bytes");
                }
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                int from = 0;
                int to = colon;
                while (from < to && header.charAt(from) <= ' ') {
                    from++;
                }
                while (to > from && header.charAt(to - 1) <= ' ') {
                    to--;
                }
                if (is(header, from, to, "content-length")) {
                    length = Long.parseLong(header.substring(colon + 1).trim());
                } else if (is(header, from, to, "transfer-encoding")) {
                    chunked = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT).contains("chunked");
                } else if (is(header, from, to, "connection")) {
                    String v = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    close = v.contains("close") || (http10 && !v.contains("keep-alive"));
                } else if (is(header, from, to, "retry-after")) {
                    retryAfter = header.substring(colon + 1).trim();
                }
            }
            if (status / 100 == 1) {
                continue; // 100 Continue and other interim answers precede the real one
            }
            byte[] body;
            if (status == 204 || status == 304) {
                body = new byte[0];
            } else if (chunked) {
                body = chunked(in);
            } else if (length >= 0) {
                if (length > MAX_BODY_BYTES) {
                    throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
                }
                body = in.read((int) length);
                if (body.length < length) {
                    throw new EOFException("answer cut short");
                }
            } else {
                body = untilClose(in);
                close = true;
            }
            return new Parsed(new Reply(status, retryAfter, body), !close);
        }
    }

    /** Whether {@code header[from, to)} is {@code name} (lower case ASCII), ignoring case. */
    private static boolean is(String header, int from, int to, String name) {
        return to - from == name.length() && header.regionMatches(true, from, name, 0, name.length());
    }

    private static int parseStatus(String statusLine) throws IOException {
        int space = statusLine.indexOf(' ');
        if (space < 0 || statusLine.length() < space + 4) {
            throw new IOException("malformed HTTP status line");
        }
        try {
            return Integer.parseInt(statusLine.substring(space + 1, space + 4));
        } catch (NumberFormatException e) {
            throw new IOException("malformed HTTP status line");
        }
    }

    private static byte[] chunked(Inbound in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        while (true) {
            String sizeLine = line(in, false);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("malformed chunk size");
            }
            if (size == 0) {
                while (!line(in, false).isEmpty()) {
                    // trailers are ignored
                }
                return out.toByteArray();
            }
            if (out.size() + size > MAX_BODY_BYTES) {
                throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
            }
            byte[] chunk = in.read((int) size);
            if (chunk.length < size) {
                throw new EOFException("chunk cut short");
            }
            out.write(chunk);
            line(in, false);
        }
    }

    private static byte[] untilClose(Inbound in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
            if (out.size() + n > MAX_BODY_BYTES) {
                throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String line(Inbound in, boolean statusLine) throws IOException {
        return in.line(statusLine, MAX_HEAD_BYTES);
    }

    /**
     * Request timeouts without a timer per read: a blocking read with SO_TIMEOUT on a virtual thread schedules and cancels
     * a timer every time it parks, which at thousands of requests a second costs more CPU than the read. Instead one
     * daemon thread looks at the connections in use ten times a second and closes those past their deadline; the
     * blocked read then fails and is reported as a timeout (to within 100 ms).
     */
    private static final class Deadlines {
        /** Every open connection; it changes on connect and close only, not per request. */
        private static final java.util.Set<Connection> OPEN = ConcurrentHashMap.newKeySet();
        private static final Thread SWEEPER = Thread.ofPlatform().daemon().name("ward-redteam-http-deadlines").unstarted(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                for (Connection connection : OPEN) {
                    long deadline = connection.deadline;
                    if (deadline != UNWATCHED && now - deadline > 0 && Connection.DEADLINE.compareAndSet(connection, deadline, UNWATCHED)) {
                        connection.timedOut = true;
                        connection.close();
                    }
                }
            }
        });

        static {
            SWEEPER.start();
        }

        static void watch(Connection connection, long deadlineNanos) {
            connection.deadline = deadlineNanos == UNWATCHED ? deadlineNanos + 1 : deadlineNanos;
        }

        /** Stops watching; false when the sweeper already closed the connection. */
        static boolean release(Connection connection) {
            return (long) Connection.DEADLINE.getAndSet(connection, UNWATCHED) != UNWATCHED && !connection.timedOut;
        }
    }

    private static final long UNWATCHED = 0;

    /** A reused connection failed before any answer byte: safe to send once more on a fresh one. */
    private static final class StaleConnection extends IOException {
        StaleConnection(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class Connection implements AutoCloseable {
        final Socket socket;
        final Inbound in;
        final OutputStream out;
        volatile boolean timedOut;
        /** When a request on it must be answered by, in {@code System.nanoTime()} terms; {@link #UNWATCHED} between requests. */
        volatile long deadline = UNWATCHED;
        static final java.lang.invoke.VarHandle DEADLINE;

        static {
            try {
                DEADLINE = java.lang.invoke.MethodHandles.lookup().findVarHandle(Connection.class, "deadline", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new Inbound(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        static Connection open(InetSocketAddress address, Duration connectTimeout) throws IOException {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                socket.connect(address, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
                Connection connection = new Connection(socket);
                Deadlines.OPEN.add(connection);
                return connection;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        @Override
        public void close() {
            Deadlines.OPEN.remove(this);
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a dead socket
            }
        }
    }
}
