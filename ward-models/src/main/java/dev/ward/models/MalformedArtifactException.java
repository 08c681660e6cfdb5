package dev.ward.models;

import java.io.IOException;

/** A parser's one-line reason for giving up on an artifact: malformed, truncated or over a {@link ScanLimits} bound. */
public class MalformedArtifactException extends IOException {

    private final long offset;

    public MalformedArtifactException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    public MalformedArtifactException(String message) {
        this(message, -1);
    }

    /** The byte offset where parsing stopped, or -1 when unknown. */
    public long offset() {
        return offset;
    }
}
