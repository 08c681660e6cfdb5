package dev.ward.surface;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One address and port to probe.
 *
 * @param host    the name the user gave (a host name or an address literal), kept for display
 * @param address the resolved address Ward connects to
 * @param port    the TCP port
 */
public record Endpoint(String host, InetAddress address, int port) {

    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range 1-65535");
        }
    }

    /** The address literal as it goes into a URI or a Host header: IPv6 in brackets, without a scope. */
    public String authority() {
        String literal = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int scope = literal.indexOf('%');
            return "[" + (scope < 0 ? literal : literal.substring(0, scope)) + "]:" + port;
        }
        return literal + ":" + port;
    }

    /** For example {@code clickhouse://127.0.0.1:9000} or {@code http://[::1]:8123}; always the address, so it is unique. */
    public String uri(String scheme) {
        return scheme + "://" + authority();
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    @Override
    public String toString() {
        boolean literal = host.equals(address.getHostAddress()) || host.startsWith("[");
        return literal ? authority() : host + " (" + authority() + ")";
    }
}
