package dev.ward.secrets;

import dev.ward.secrets.content.HitSink;
import dev.ward.secrets.content.Origin;
import dev.ward.secrets.content.SecretHit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Keeps every hit and problem of a scan, and counts what was skipped. Thread-safe. */
final class HitCollector implements HitSink {

    record Problem(Origin origin, String reason) {
    }

    private final ConcurrentLinkedQueue<SecretHit> hits = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray skipped = new AtomicLongArray(SkipReason.values().length);
    private final AtomicLong scannedBytes = new AtomicLong();

    @Override
    public void hit(SecretHit hit) {
        hits.add(hit);
    }

    @Override
    public void problem(Origin origin, String reason) {
        problems.add(new Problem(origin, reason));
    }

    @Override
    public void scanned(long bytes) {
        scannedBytes.addAndGet(bytes);
    }

    long scannedBytes() {
        return scannedBytes.get();
    }

    @Override
    public void skipped(SkipReason reason) {
        skipped.incrementAndGet(reason.ordinal());
    }

    List<SecretHit> hits() {
        return new ArrayList<>(hits);
    }

    List<Problem> problems() {
        return new ArrayList<>(problems);
    }

    Map<SkipReason, Long> skippedCounts() {
        Map<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            if (skipped.get(reason.ordinal()) > 0) {
                counts.put(reason, skipped.get(reason.ordinal()));
            }
        }
        return counts;
    }
}
