package dev.ward.surface.net;

import dev.ward.core.Access;

/**
 * A probe that could not go on, with a one-line reason for a person and the outcome it implies for the endpoint.
 * Thrown for every network failure and every malformed or oversized reply, so callers never see a raw IOException.
 */
public class ProbeException extends Exception {

    private final Access access;
    private final boolean connectFailed;

    public ProbeException(Access access, String detail) {
        this(access, detail, false);
    }

    private ProbeException(Access access, String detail, boolean connectFailed) {
        super(detail, null, false, false);
        this.access = access;
        this.connectFailed = connectFailed;
    }

    /** Nothing accepted the connection: no other protocol is worth trying on this port. */
    public static ProbeException connectFailed(String detail) {
        return new ProbeException(Access.UNREACHABLE, detail, true);
    }

    public boolean isConnectFailure() {
        return connectFailed;
    }

    public Access access() {
        return access;
    }

    public static ProbeException unreachable(String detail) {
        return new ProbeException(Access.UNREACHABLE, detail);
    }

    public static ProbeException unidentified(String detail) {
        return new ProbeException(Access.NOT_IDENTIFIED, detail);
    }
}
