package dev.ward.detect;

import java.util.List;

/** Finds one family of sensitive content (secrets, personal data, transcripts) in text. Must be thread-safe. */
public interface Detector {

    String id();

    List<Detection> detect(CharSequence text);

    /**
     * How specific this detector's finding is; when two detections from different rules overlap, the one with the
     * higher priority is kept. Secret rules default to 100, personal data to below 50.
     */
    default int priority(Detection detection) {
        return 50;
    }
}
