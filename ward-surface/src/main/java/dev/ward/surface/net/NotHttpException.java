package dev.ward.surface.net;

/**
 * The peer answered an HTTP request with something else. Keeps the first bytes it sent, because they often name the
 * protocol it does speak: a MySQL greeting, a Redis error, a TLS alert.
 */
public final class NotHttpException extends ProbeException {

    private final byte[] firstBytes;

    NotHttpException(String detail, byte[] firstBytes) {
        super(dev.ward.core.Access.NOT_IDENTIFIED, detail);
        this.firstBytes = firstBytes.clone();
    }

    /** What the peer sent first, at most one buffer; empty when it closed without a byte. */
    public byte[] firstBytes() {
        return firstBytes.clone();
    }
}
