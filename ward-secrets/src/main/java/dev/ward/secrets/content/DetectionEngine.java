package dev.ward.secrets.content;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import java.util.List;

/**
 * The one call into {@code ward-detect}. When a byte-level scan arrives, only this class changes; everything else
 * deals in detections with char offsets.
 */
public final class DetectionEngine {

    private final ContentScanner scanner;

    public DetectionEngine(ContentScanner scanner) {
        this.scanner = scanner;
    }

    /** Detections in {@code text}, sorted by start offset. */
    public List<Detection> detect(CharSequence text) {
        return scanner.scan(text);
    }
}
