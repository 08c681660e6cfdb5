package dev.ward.surface.service;

import dev.ward.surface.net.ProbeException;

/** A service with its own wire protocol (Redis, PostgreSQL, MySQL …), recognised by a short exchange in that protocol. */
public interface WireServiceCheck {

    ServiceCheck service();

    /**
     * True when the bytes the server sent first (a banner, or its answer to Ward's HTTP request) suggest this protocol,
     * so its own probe runs next. Parsing only; no traffic.
     */
    default boolean recognises(byte[] firstBytes) {
        return false;
    }

    /** True when this probe belongs to the ordered burst tried on ports that answered no HTTP and sent nothing telling. */
    default boolean inBurst() {
        return true;
    }

    /**
     * Speaks the protocol on a new connection; returns null when the reply is not this protocol. When the service is
     * open it measures the blast radius into {@code report} on the same connection, read-only.
     */
    Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException;
}
