package dev.ward.detect;

import dev.ward.core.SensitiveSpan;
import dev.ward.core.SensitiveSpanFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets {@link dev.ward.core.Redactor} mask everything {@link ContentScanner#standard()} finds: registered through
 * {@code META-INF/services}, so every evidence and finding text in Ward is scrubbed once ward-detect is on the class
 * path.
 */
public final class DetectedSpanFinder implements SensitiveSpanFinder {

    private final ContentScanner scanner;

    /** The ServiceLoader constructor; the standard scanner is built on first use, not when the redactor loads. */
    public DetectedSpanFinder() {
        this(null);
    }

    public DetectedSpanFinder(ContentScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public List<SensitiveSpan> find(CharSequence text) {
        ContentScanner active = scanner == null ? ContentScanner.standard() : scanner;
        List<SensitiveSpan> spans = new ArrayList<>();
        for (Detection detection : active.scan(text)) {
            spans.add(new SensitiveSpan(detection.start(), detection.end(), detection.ruleId()));
        }
        return spans;
    }
}
