package dev.ward.posture.source;

/** A file Ward recognised but could not parse; the scanner reports it as {@code posture.unparseable}. */
public final class MalformedConfigException extends Exception {

    public MalformedConfigException(String message) {
        super(message);
    }
}
