package dev.ward.secrets.content;

import dev.ward.detect.Detection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scans one piece of content, whatever its source: sniffs binaries, decodes UTF-8 (invalid bytes become U+FFFD),
 * runs the detectors over chunks with overlap so a secret across a chunk boundary is still found, looks into encoded
 * runs, drops {@code ward:allow} lines, and turns offsets into line and column. Thread-safe; holds no per-scan state.
 */
public final class ContentScan {

    /** Content up to this many bytes is read whole; longer content streams through in chunks. */
    static final int WHOLE_BYTES = 1 << 20;
    static final int CHUNK_CHARS = 1 << 20;
    /** Text kept before a chunk's own region, so rules that look back (context words, boundaries) still see it. */
    static final int CONTEXT_CHARS = 4 * 1024;
    /** The longest secret that must survive a chunk boundary whole (a PEM private key is a few KB). */
    static final int TAIL_CHARS = 16 * 1024;

    private final DetectionEngine engine;
    private final EncodedLayers layers;

    public ContentScan(DetectionEngine engine, int maxDecodeDepth) {
        this.engine = engine;
        this.layers = new EncodedLayers(engine, maxDecodeDepth);
    }

    /** Scans content held in memory. */
    public void scan(Origin origin, byte[] data, HitSink sink) {
        if (BinarySniffer.looksBinary(data, 0, data.length)) {
            sink.skipped(HitSink.SkipReason.BINARY);
            return;
        }
        sink.scanned(data.length);
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !containsEncodedReplacement(data)) {
            sink.skipped(HitSink.SkipReason.INVALID_UTF8);
        }
        scanText(origin, text, 0, 0, text.length(), new LinePositions(), StructureLabels.forFile(origin.fileName(), text), sink);
    }

    /** Scans content from a stream, whole when short or structured, else chunk by chunk; does not close it. */
    public void scan(Origin origin, InputStream in, HitSink sink) throws IOException {
        int whole = StructureLabels.isStructured(origin.fileName()) ? StructureLabels.MAX_INDEXED_CHARS : WHOLE_BYTES;
        byte[] head = in.readNBytes(whole);
        if (head.length < whole) {
            scan(origin, head, sink);
            return;
        }
        if (BinarySniffer.looksBinary(head, 0, head.length)) {
            sink.skipped(HitSink.SkipReason.BINARY);
            return;
        }
        CountingStream counted = new CountingStream(new SequenceInputStream(new ByteArrayInputStream(head), in));
        scanChunked(origin, counted, sink);
        sink.scanned(counted.count());
    }

    private void scanChunked(Origin origin, InputStream in, HitSink sink) throws IOException {
        Utf8TextReader reader = new Utf8TextReader(in);
        char[] buffer = new char[CONTEXT_CHARS + CHUNK_CHARS + TAIL_CHARS];
        LinePositions positions = new LinePositions();
        IntFunction<String> noLabels = offset -> null;
        int length = 0;
        long chunkStart = 0;
        boolean first = true;
        while (true) {
            boolean end = false;
            while (length < buffer.length) {
                int n = reader.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    end = true;
                    break;
                }
                if (n == 0) {
                    break;
                }
                length += n;
            }
            String chunk = new String(buffer, 0, length);
            int ownStart = first ? 0 : CONTEXT_CHARS;
            int ownEnd = end ? length : Math.max(ownStart, length - TAIL_CHARS);
            scanText(origin, chunk, chunkStart, ownStart, ownEnd, positions, noLabels, sink);
            if (end) {
                break;
            }
            int keep = ownEnd - CONTEXT_CHARS;
            System.arraycopy(buffer, keep, buffer, 0, length - keep);
            chunkStart += keep;
            length -= keep;
            first = false;
        }
        if (reader.sawInvalid()) {
            sink.skipped(HitSink.SkipReason.INVALID_UTF8);
        }
    }

    private record Placed(int offset, Detection detection, String encoding) {
    }

    /** Scans {@code chunk}, reporting only matches that start in {@code [ownStart, ownEnd)}. */
    private void scanText(Origin origin, String chunk, long chunkStart, int ownStart, int ownEnd, LinePositions positions,
                          IntFunction<String> labels, HitSink sink) {
        List<Placed> placed = new ArrayList<>();
        boolean mayAllow = chunk.contains(InlineAllow.MARKER);
        for (Detection d : engine.detect(chunk)) {
            if (d.start() >= ownStart && d.start() < ownEnd && !(mayAllow && InlineAllow.allows(chunk, d.start(), d.end()))) {
                placed.add(new Placed(d.start(), d, ""));
            }
        }
        for (EncodedLayers.Found f : layers.find(chunk, ownStart, ownEnd,
                span -> !(mayAllow && InlineAllow.allows(chunk, span.start(), span.end())))) {
            placed.add(new Placed(f.offset(), f.detection(), f.encoding()));
        }
        placed.sort(Comparator.comparingInt(Placed::offset));
        for (Placed p : placed) {
            long absolute = chunkStart + p.offset();
            positions.advanceTo(chunk, chunkStart, absolute);
            sink.hit(new SecretHit(origin, p.detection(), positions.line(), positions.column(absolute), p.encoding(),
                    labels.apply(p.offset())));
        }
        positions.advanceTo(chunk, chunkStart, chunkStart + ownEnd);
    }

    /** True when the bytes hold U+FFFD itself (EF BF BD), so a U+FFFD after decoding need not mean invalid input. */
    private static boolean containsEncodedReplacement(byte[] data) {
        for (int i = 0; i + 2 < data.length; i++) {
            if (data[i] == (byte) 0xEF && data[i + 1] == (byte) 0xBF && data[i + 2] == (byte) 0xBD) {
                return true;
            }
        }
        return false;
    }
}
