package dev.ward.secrets.source;

import java.io.OutputStream;

/** Where skipped bytes go. */
final class OutputStreamSink {

    static final OutputStream NULL = OutputStream.nullOutputStream();

    private OutputStreamSink() {
    }
}
