package dev.ward.redteam;

import dev.ward.core.Redactor;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import java.util.Comparator;
import java.util.List;

/** Masks secrets and personal data in transcripts before they leave the run: core's redactor, then ward-detect's findings. */
public final class TranscriptRedaction {

    private static final int MAX_CHARS = 4000;

    private TranscriptRedaction() {
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + " […]" : text;
        String scrubbed = Redactor.standard().scrub(bounded);
        List<Detection> found = ContentScanner.standard().scan(scrubbed).stream()
                .sorted(Comparator.comparingInt(Detection::start).reversed()).toList();
        StringBuilder out = new StringBuilder(scrubbed);
        int lastStart = Integer.MAX_VALUE;
        for (Detection d : found) {
            if (d.end() <= lastStart) {
                out.replace(d.start(), d.end(), d.redacted());
                lastStart = d.start();
            }
        }
        return out.toString();
    }
}
