package dev.ward.surface.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP server on 127.0.0.1 that misbehaves on purpose: it hands every accepted connection to a behaviour that may
 * never answer, trickle, flood or lie. Every connection and the listener close with {@link #close()}.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one connection. */
    @FunctionalInterface
    public interface Behaviour {
        void serve(InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread acceptor;

    public HostileServer(Behaviour behaviour) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    synchronized (sockets) {
                        sockets.add(s);
                    }
                    Thread.ofVirtual().start(() -> {
                        try (s) {
                            behaviour.serve(s.getInputStream(), s.getOutputStream());
                        } catch (IOException | InterruptedException ignored) {
                            // the client gave up, as it should
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Reads whatever the client sent first, so replies come after a request like a real server's. */
    public static void awaitRequest(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        in.read(buf);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                s.close();
            }
        }
        acceptor.interrupt();
    }
}
