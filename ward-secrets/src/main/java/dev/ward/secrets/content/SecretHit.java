package dev.ward.secrets.content;

import dev.ward.detect.Detection;
import java.util.Objects;

/**
 * One detection at one place. Holds the raw value (inside {@link #detection()}) so that verification can use it;
 * it never leaves the scanner except as a {@link dev.ward.core.Finding}, which shows only the mask.
 *
 * @param line     1-based line of the match, or of the encoded text it was decoded from
 * @param column   1-based column, in UTF-16 code units as SARIF counts by default
 * @param encoding how the secret was hidden, such as {@code base64} or {@code url+base64}; empty when it was in plain sight
 * @param context  where inside a structured file it sits, such as {@code cell 3, line 2}; empty when not known
 */
public record SecretHit(Origin origin, Detection detection, int line, int column, String encoding, String context) {

    public SecretHit {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detection, "detection");
        encoding = encoding == null ? "" : encoding;
        context = context == null ? "" : context;
    }

    public boolean decoded() {
        return !encoding.isEmpty();
    }
}
