package dev.ward.detect;

import java.util.List;

/** Finds one family of sensitive content (secrets, personal data, transcripts) in text. Must be thread-safe. */
public interface Detector {

    String id();

    List<Detection> detect(CharSequence text);
}
