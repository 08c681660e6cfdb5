package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;

/** Finds one family of sensitive content (secrets, personal data, transcripts) in text. Must be thread-safe. */
public interface Detector {

    String id();

    List<Detection> detect(CharSequence text);

    /**
     * The detections in UTF-8 bytes {@code data[offset, offset + length)}; offsets are byte offsets relative to
     * {@code offset}, values are decoded (invalid sequences as U+FFFD). The default decodes the bytes and calls
     * {@link #detect(CharSequence)}; Ward's own detectors override it to work on the bytes directly.
     */
    default List<Detection> detect(byte[] data, int offset, int length) {
        Utf8Offsets.Decoded decoded = Utf8Offsets.decode(data, offset, length);
        List<Detection> found = new ArrayList<>();
        for (Detection d : detect(decoded.text())) {
            found.add(d.at(decoded.toByte(d.start()), decoded.toByte(d.end()), d.value()));
        }
        return found;
    }

    /**
     * How specific this detector's finding is; when two detections from different rules overlap, the one with the
     * higher priority is kept. Secret rules default to 100, personal data to below 50.
     */
    default int priority(Detection detection) {
        return 50;
    }
}
