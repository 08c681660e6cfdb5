package dev.ward.secrets.source;

import java.io.IOException;

/** An archive broke one of the {@link ArchiveLimits}; the whole top-level archive stops. */
final class ArchiveLimitException extends IOException {

    ArchiveLimitException(String message) {
        super(message);
    }
}
