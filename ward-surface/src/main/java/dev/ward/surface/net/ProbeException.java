package dev.ward.surface.net;

import dev.ward.core.Access;

/**
 * A probe that could not go on, with a one-line reason for a person and the outcome it implies for the endpoint.
 * Thrown for every network failure and every malformed or oversized reply, so callers never see a raw IOException.
 */
public final class ProbeException extends Exception {

    private final Access access;

    public ProbeException(Access access, String detail) {
        super(detail, null, false, false);
        this.access = access;
    }

    public ProbeException(Access access, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.access = access;
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
