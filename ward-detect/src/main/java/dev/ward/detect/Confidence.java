package dev.ward.detect;

/** How sure Ward is, before any network call, that a detection is a real credential of its kind. */
public enum Confidence {
    /** The value passed an offline structural check: a checksum, an embedded marker, a parseable token, a key file. */
    STRUCTURALLY_VALID,
    /** The value has the provider's format, but nothing more about it can be checked offline. */
    PATTERN_ONLY,
    /** Found by a generic rule (a secret-looking word assigned a random-looking value); the provider is unknown. */
    GENERIC
}
