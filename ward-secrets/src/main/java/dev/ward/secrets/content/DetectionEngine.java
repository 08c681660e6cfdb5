package dev.ward.secrets.content;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import java.util.List;

/**
 * The one call into {@code ward-detect}. Content is scanned as UTF-8 bytes and detections carry byte offsets; the
 * char-based call stays for callers that hold text.
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

    /** Detections in the UTF-8 bytes {@code data[offset, offset + length)}, sorted by start, with byte offsets relative to {@code offset}. */
    public List<Detection> detect(byte[] data, int offset, int length) {
        return scanner.scan(data, offset, length);
    }

    /** As {@link #detect(byte[], int, int)}, with the text's markers when the first pass was native. */
    public ContentScanner.Scanned detectWithMarkers(byte[] data, int offset, int length) {
        return scanner.scanWithMarkers(data, offset, length);
    }
}
