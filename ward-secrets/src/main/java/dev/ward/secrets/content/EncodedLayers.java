package dev.ward.secrets.content;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.TextMarkers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Looks through encoded text, layer by layer, to a depth. All decoded runs of one layer are joined into one text and
 * scanned in one call (a call per run would cost more than the scan), and every match is placed at the start of the
 * outermost encoded run it came from. The decoded text is bounded per chunk, so nesting cannot blow up the work.
 */
final class EncodedLayers {

    /** A match inside decoded text: where its outermost encoded run starts, and the encodings in order. */
    record Found(int offset, Detection detection, String encoding) {
    }

    private static final byte[] SEPARATOR = {'\n', '\n'};

    private final DetectionEngine engine;
    private final int maxDepth;

    EncodedLayers(DetectionEngine engine, int maxDepth) {
        this.engine = engine;
        this.maxDepth = maxDepth;
    }

    /**
     * Matches hidden in encoded runs that start in {@code [from, to)} of the UTF-8 bytes {@code data[off, off + len)},
     * skipping runs the filter vetoes; offsets are relative to {@code off}. {@code markers} are those of
     * {@code data[off, off + len)}, or null when unknown.
     */
    List<Found> find(byte[] data, int off, int len, int from, int to, TextMarkers markers, SpanFilter filter) {
        List<Found> found = new ArrayList<>();
        if (maxDepth <= 0) {
            return found;
        }
        List<EncodedSpan> spans = new ArrayList<>();
        for (EncodedSpan span : EncodedSpanFinder.find(data, off, len, from, to, markers)) {
            if (filter.keep(span)) {
                spans.add(span);
            }
        }
        if (spans.isEmpty()) {
            return found;
        }
        int[] outer = spans.stream().mapToInt(EncodedSpan::start).toArray();
        String[] encodings = spans.stream().map(EncodedSpan::encoding).toArray(String[]::new);
        long budget = Math.max(1 << 20, 2L * len);
        for (int depth = 1; depth <= maxDepth && !spans.isEmpty(); depth++) {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            int[] starts = new int[spans.size()];
            int kept = 0;
            for (EncodedSpan span : spans) {
                budget -= span.decoded().length();
                if (budget < 0) {
                    break;
                }
                starts[kept++] = joined.size();
                joined.writeBytes(span.decoded().getBytes(StandardCharsets.UTF_8));
                joined.writeBytes(SEPARATOR);
            }
            byte[] layer = joined.toByteArray();
            ContentScanner.Scanned scanned = engine.detectWithMarkers(layer, 0, layer.length);
            for (Detection d : scanned.detections()) {
                int i = owner(starts, kept, d.start());
                found.add(new Found(outer[i], d, encodings[i]));
            }
            if (depth == maxDepth) {
                break;
            }
            List<EncodedSpan> next = EncodedSpanFinder.find(layer, 0, layer.length, 0, layer.length, scanned.markers());
            int[] nextOuter = new int[next.size()];
            String[] nextEncodings = new String[next.size()];
            for (int n = 0; n < next.size(); n++) {
                int i = owner(starts, kept, next.get(n).start());
                nextOuter[n] = outer[i];
                nextEncodings[n] = encodings[i] + "+" + next.get(n).encoding();
            }
            spans = next;
            outer = nextOuter;
            encodings = nextEncodings;
        }
        return found;
    }

    /** Which run of the joined text an offset falls in. */
    private static int owner(int[] starts, int count, int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    @FunctionalInterface
    interface SpanFilter {
        boolean keep(EncodedSpan span);
    }
}
