package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import dev.ward.surface.scale.ConnectionRate;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The cheapest question a port can be asked: does a TCP handshake complete? One connect, closed at once, nothing
 * sent. A blocking connect on a virtual thread parks the thread, not a carrier, so thousands can wait at once.
 * Only a timeout is retried; a refusal is an answer.
 */
public final class ConnectCheck {

    private final Duration timeout;
    private final int retries;
    private final ConnectionRate rate;

    public ConnectCheck(Duration timeout, int retries, ConnectionRate rate) {
        this.timeout = timeout;
        this.retries = retries;
        this.rate = rate;
    }

    public PortState check(Endpoint endpoint) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            rate.acquire();
            PortState state = connectOnce(endpoint);
            if (state != PortState.FILTERED || attempt >= retries) {
                return state;
            }
        }
    }

    private PortState connectOnce(Endpoint endpoint) throws InterruptedException {
        try (Socket socket = new Socket()) {
            socket.connect(endpoint.socketAddress(), (int) Math.max(1, timeout.toMillis()));
            return PortState.OPEN;
        } catch (SocketTimeoutException e) {
            return PortState.FILTERED;
        } catch (ConnectException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("refused") ? PortState.CLOSED : PortState.UNREACHABLE;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while connecting to " + endpoint.authority());
            }
            return PortState.UNREACHABLE;
        }
    }
}
