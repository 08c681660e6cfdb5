package dev.ward.surface.discovery;

/** What a TCP connect learned about one port. */
public enum PortState {
    /** The handshake completed: something listens. */
    OPEN,
    /** The host answered with a reset: nothing listens. */
    CLOSED,
    /** No answer within the connect timeout, after every retry: dropped by a firewall or no such host. */
    FILTERED,
    /** The network said no: no route, host unreachable, or a local error. */
    UNREACHABLE
}
