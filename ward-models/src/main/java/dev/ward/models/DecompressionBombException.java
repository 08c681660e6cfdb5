package dev.ward.models;

/** An archive entry that inflates beyond {@link ScanLimits}: reported as a bomb, not as a parse error. */
public final class DecompressionBombException extends MalformedArtifactException {

    public DecompressionBombException(String message) {
        super(message);
    }
}
