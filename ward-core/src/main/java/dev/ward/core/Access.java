package dev.ward.core;

/** What a probe learned about one network endpoint. Exactly one applies to each endpoint probed. */
public enum Access {
    /** The service answered and let Ward in without credentials. */
    OPEN,
    /** The service was identified and refused Ward without credentials. */
    AUTH_REQUIRED,
    /** Something answered, but it is not the service that was looked for. */
    NOT_IDENTIFIED,
    /** Nothing usable answered: refused, timed out, or reset. */
    UNREACHABLE
}
