package dev.ward.secrets.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Keeps what a content scan reports. */
final class RecordingSink implements HitSink {

    final List<SecretHit> hits = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

    @Override
    public synchronized void hit(SecretHit hit) {
        hits.add(hit);
    }

    @Override
    public synchronized void problem(Origin origin, String reason) {
        problems.add(origin.path() + ": " + reason);
    }

    @Override
    public synchronized void skipped(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** What {@code scan} reports for {@code data} held in memory as the file {@code name}. */
    static RecordingSink inMemory(ContentScan scan, String name, byte[] data) {
        RecordingSink sink = new RecordingSink();
        scan.scan(Origin.file(name), data, sink);
        return sink;
    }

    /** What {@code scan} reports for {@code data} read from a stream as the file {@code name}. */
    static RecordingSink streamed(ContentScan scan, String name, byte[] data) throws IOException {
        RecordingSink sink = new RecordingSink();
        scan.scan(Origin.file(name), new ByteArrayInputStream(data), sink);
        return sink;
    }

    List<SecretHit> secrets(String value) {
        return hits.stream().filter(h -> h.detection().value().equals(value)).toList();
    }
}
