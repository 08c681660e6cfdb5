package dev.ward.surface.scale;

import java.util.List;
import java.util.TreeSet;

/**
 * Which positions of a scan order are finished. Work completes out of order, so the ledger keeps a watermark (every
 * position below it is done) and the finished positions above it; both stay small because the watermark advances as
 * soon as the oldest work in flight ends.
 */
public final class ProgressLedger {

    private long watermark;
    private final TreeSet<Long> doneAbove = new TreeSet<>();
    private long doneCount;

    public ProgressLedger() {
        this(0, List.of());
    }

    public ProgressLedger(long watermark, List<Long> doneAbove) {
        if (watermark < 0) {
            throw new IllegalArgumentException("watermark must be >= 0, got " + watermark);
        }
        this.watermark = watermark;
        this.doneCount = watermark;
        doneAbove.forEach(this::markDone);
    }

    public synchronized void markDone(long position) {
        if (position < watermark || !doneAbove.add(position)) {
            return;
        }
        doneCount++;
        while (!doneAbove.isEmpty() && doneAbove.first() == watermark) {
            doneAbove.pollFirst();
            watermark++;
        }
    }

    public synchronized boolean isDone(long position) {
        return position < watermark || doneAbove.contains(position);
    }

    public synchronized long doneCount() {
        return doneCount;
    }

    /** A consistent copy for saving. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(watermark, List.copyOf(doneAbove), doneCount);
    }

    public record Snapshot(long watermark, List<Long> doneAbove, long doneCount) {
    }
}
