package dev.ward.secrets.content;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.KnownPasswordKeyStore;
import dev.ward.detect.TextMarkers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.IntFunction;

/**
 * Scans one piece of content, whatever its source: sniffs binaries, runs the detectors over the UTF-8 bytes as they
 * are (in chunks with overlap, so a secret across a chunk boundary is still found), looks into encoded runs, drops
 * {@code ward:allow} lines, and turns the offsets of hits, and only of hits, into line and column. Nothing is decoded
 * to a string except around hits. Content is read into a few reused buffers, so scanning allocates little. Thread-safe.
 */
public final class ContentScan {

    /** Content up to this many bytes is read whole; longer content streams through in chunks. */
    static final int WHOLE_BYTES = 1 << 20;
    static final int CHUNK_BYTES = 1 << 20;
    /** Bytes kept before a chunk's own region, so rules that look back (context words, boundaries) still see them. */
    static final int CONTEXT_BYTES = 4 * 1024;
    /** The longest secret that must survive a chunk boundary whole (a PEM private key is a few KB). */
    static final int TAIL_BYTES = 16 * 1024;
    private static final int BUFFER_BYTES = CONTEXT_BYTES + CHUNK_BYTES + TAIL_BYTES;
    /** Buffers kept for reuse; more are made when more threads scan at once, and dropped when they are done. */
    private static final int POOLED_BUFFERS = 64;

    private final DetectionEngine engine;
    private final EncodedLayers layers;
    private final ArrayBlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(POOLED_BUFFERS);

    public ContentScan(DetectionEngine engine, int maxDecodeDepth) {
        this.engine = engine;
        this.layers = new EncodedLayers(engine, maxDecodeDepth);
    }

    /** Scans content held in memory. */
    public void scan(Origin origin, byte[] data, HitSink sink) {
        scanWhole(origin, data, data.length, sink);
    }

    /** Scans content from a stream, whole when short or structured, else chunk by chunk; does not close it. */
    public void scan(Origin origin, InputStream in, HitSink sink) throws IOException {
        if (StructureLabels.isStructured(origin.fileName())) {
            byte[] head = in.readNBytes(StructureLabels.MAX_INDEXED_BYTES);
            if (head.length < StructureLabels.MAX_INDEXED_BYTES) {
                scanWhole(origin, head, head.length, sink);
            } else if (BinarySniffer.looksBinary(head, 0, head.length)) {
                sink.skipped(HitSink.SkipReason.BINARY);
            } else {
                scanStreamed(origin, new SequenceInputStream(new ByteArrayInputStream(head), in), 0, sink);
            }
            return;
        }
        byte[] buffer = acquire();
        try {
            int n = in.readNBytes(buffer, 0, WHOLE_BYTES);
            if (n < WHOLE_BYTES) {
                scanWhole(origin, buffer, n, sink);
            } else if (BinarySniffer.looksBinary(buffer, 0, n)) {
                sink.skipped(HitSink.SkipReason.BINARY);
            } else {
                scanChunked(origin, buffer, n, in, sink);
            }
        } finally {
            release(buffer);
        }
    }

    private void scanStreamed(Origin origin, InputStream in, int filled, HitSink sink) throws IOException {
        byte[] buffer = acquire();
        try {
            scanChunked(origin, buffer, filled, in, sink);
        } finally {
            release(buffer);
        }
    }

    private void scanWhole(Origin origin, byte[] data, int length, HitSink sink) {
        if (keyStore(origin, data, length, sink)) {
            return;
        }
        if (BinarySniffer.looksBinary(data, 0, length)) {
            sink.skipped(HitSink.SkipReason.BINARY);
            return;
        }
        sink.scanned(length);
        IntFunction<String> labels = StructureLabels.forFile(origin.fileName(), data, 0, length);
        TextMarkers markers = scanRegion(origin, data, length, 0, 0, length, new LinePositions(), labels, sink);
        // Bytes before the first one outside ASCII are valid UTF-8, so the native pass's markers spare reading them.
        int firstNonAscii = markers == null ? 0 : markers.firstNonAscii();
        if (firstNonAscii >= 0 && Utf8Bytes.validUntil(data, firstNonAscii, length, length) < 0) {
            sink.skipped(HitSink.SkipReason.INVALID_UTF8);
        }
    }

    /**
     * A PKCS#12 key store (by its content, whatever its name) that holds a private key under a well-known password is
     * one hit at line 1, column 1; its value is the file's SHA-256. Returns whether it was one; a store that does not
     * open is left to the binary sniffer like any other binary file.
     */
    private static boolean keyStore(Origin origin, byte[] data, int length, HitSink sink) {
        Optional<Detection> found = KnownPasswordKeyStore.find(data, 0, length);
        if (found.isEmpty()) {
            return false;
        }
        sink.scanned(length);
        sink.hit(new SecretHit(origin, found.get(), 1, 1, "", ""));
        return true;
    }

    /** Streams the content through {@code buffer}, of which the first {@code filled} bytes are already read. */
    private void scanChunked(Origin origin, byte[] buffer, int filled, InputStream in, HitSink sink) throws IOException {
        LinePositions positions = new LinePositions();
        IntFunction<String> noLabels = offset -> null;
        int length = filled;
        long chunkStart = 0;
        long validatedTo = 0;
        boolean invalid = false;
        boolean first = true;
        while (true) {
            boolean end = false;
            while (length < buffer.length) {
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    end = true;
                    break;
                }
                if (n == 0) {
                    break;
                }
                length += n;
            }
            int ownStart = first ? 0 : CONTEXT_BYTES;
            int ownEnd = end ? length : Math.max(ownStart, length - TAIL_BYTES);
            if (!invalid) {
                int stop = Utf8Bytes.validUntil(buffer, (int) (validatedTo - chunkStart), ownEnd, length);
                invalid = stop < 0;
                validatedTo = chunkStart + Math.max(stop, 0);
            }
            scanRegion(origin, buffer, length, chunkStart, ownStart, ownEnd, positions, noLabels, sink);
            if (end) {
                break;
            }
            // The line count must not lose the bytes about to be dropped.
            positions.advanceTo(buffer, 0, chunkStart, chunkStart + ownEnd);
            int keep = ownEnd - CONTEXT_BYTES;
            System.arraycopy(buffer, keep, buffer, 0, length - keep);
            chunkStart += keep;
            length -= keep;
            first = false;
        }
        sink.scanned(chunkStart + length);
        if (invalid) {
            sink.skipped(HitSink.SkipReason.INVALID_UTF8);
        }
    }

    private record Placed(int offset, Detection detection, String encoding) {
    }

    /** Built once: C1's code makes each capturing lambda through a call into the VM, on every file. */
    private static final Comparator<Placed> BY_OFFSET = Comparator.comparingInt(Placed::offset);

    /**
     * Scans {@code data[0, length)}, which starts at absolute offset {@code base}, reporting only matches that start
     * in {@code [ownStart, ownEnd)}. Returns the markers of {@code data[0, length)}, or null when the pass was not
     * native.
     */
    private TextMarkers scanRegion(Origin origin, byte[] data, int length, long base, int ownStart, int ownEnd,
                            LinePositions positions, IntFunction<String> labels, HitSink sink) {
        AllowMarker allow = new AllowMarker(data, length);
        List<Placed> placed = new ArrayList<>();
        ContentScanner.Scanned scanned = engine.detectWithMarkers(data, 0, length);
        for (Detection d : scanned.detections()) {
            if (d.start() >= ownStart && d.start() < ownEnd && !allow.allows(d.start(), d.end())) {
                placed.add(new Placed(d.start(), d, ""));
            }
        }
        for (EncodedLayers.Found f : layers.find(data, 0, length, ownStart, ownEnd, scanned.markers(), allow)) {
            placed.add(new Placed(f.offset(), f.detection(), f.encoding()));
        }
        placed.sort(BY_OFFSET);
        for (Placed p : placed) {
            long absolute = base + p.offset();
            positions.advanceTo(data, 0, base, absolute);
            sink.hit(new SecretHit(origin, p.detection(), positions.line(), positions.column(), p.encoding(),
                    labels.apply(p.offset())));
        }
        return scanned.markers();
    }

    /**
     * Whether a {@code ward:allow} marker accepts a match; the content is searched for a marker once, when first
     * asked. As a span filter, it keeps the encoded runs that no marker accepts.
     */
    private static final class AllowMarker implements EncodedLayers.SpanFilter {
        private final byte[] data;
        private final int length;
        private int present;

        AllowMarker(byte[] data, int length) {
            this.data = data;
            this.length = length;
        }

        boolean allows(int start, int end) {
            if (present == 0) {
                present = InlineAllow.mayAllow(data, 0, length) ? 1 : -1;
            }
            return present > 0 && InlineAllow.allows(data, 0, length, start, end);
        }

        @Override
        public boolean keep(EncodedSpan span) {
            return !allows(span.start(), span.end());
        }
    }

    private byte[] acquire() {
        byte[] buffer = buffers.poll();
        return buffer != null ? buffer : new byte[BUFFER_BYTES];
    }

    private void release(byte[] buffer) {
        buffers.offer(buffer);
    }
}
