package dev.ward.surface.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which positions of a scan order are finished. Work completes out of order, so the ledger keeps a watermark (every
 * position below it is done) and, above it, one bit per position up to the furthest one finished. Both stay small
 * because the watermark advances as soon as the oldest work in flight ends: the bits span only the positions started
 * while that oldest endpoint was in flight, and a finished endpoint costs a bit, not a boxed entry in a tree.
 */
public final class ProgressLedger {

    private long watermark;
    /** Position of bit 0 of {@code bits[0]}; a multiple of 64, never above the watermark. */
    private long base;
    private long[] bits = new long[16];
    private long doneCount;

    public ProgressLedger() {
        this(0, List.of());
    }

    public ProgressLedger(long watermark, List<Long> doneAbove) {
        if (watermark < 0) {
            throw new IllegalArgumentException("watermark must be >= 0, got " + watermark);
        }
        this.watermark = watermark;
        this.base = watermark & ~63L;
        this.doneCount = watermark;
        doneAbove.forEach(this::markDone);
    }

    public synchronized void markDone(long position) {
        if (position < watermark) {
            return;
        }
        long offset = position - base;
        if (offset >>> 6 >= bits.length) {
            makeRoom(offset);
            offset = position - base;
        }
        int word = (int) (offset >>> 6);
        long mask = 1L << offset;
        if ((bits[word] & mask) != 0) {
            return;
        }
        bits[word] |= mask;
        doneCount++;
        if (position == watermark) {
            advance();
        }
    }

    public synchronized boolean isDone(long position) {
        if (position < watermark) {
            return true;
        }
        long offset = position - base;
        return offset >>> 6 < bits.length && (bits[(int) (offset >>> 6)] & (1L << offset)) != 0;
    }

    public synchronized long doneCount() {
        return doneCount;
    }

    /** A consistent copy for saving. */
    public synchronized Snapshot snapshot() {
        List<Long> above = new ArrayList<>();
        for (int word = (int) ((watermark - base) >>> 6); word < bits.length; word++) {
            long w = bits[word];
            while (w != 0) {
                long position = base + ((long) word << 6) + Long.numberOfTrailingZeros(w);
                if (position > watermark) {
                    above.add(position);
                }
                w &= w - 1;
            }
        }
        return new Snapshot(watermark, List.copyOf(above), doneCount);
    }

    /** Moves the watermark over the finished positions that follow it. */
    private void advance() {
        while (true) {
            long offset = watermark - base;
            int word = (int) (offset >>> 6);
            if (word >= bits.length) {
                return;
            }
            long notDone = ~bits[word] & (-1L << offset);
            if (notDone != 0) {
                watermark = base + ((long) word << 6) + Long.numberOfTrailingZeros(notDone);
                return;
            }
            watermark = base + ((long) (word + 1) << 6);
        }
    }

    /**
     * Makes {@code offset} fit: drops the words below the watermark when they are at least a quarter of the bits (so
     * each word is copied a bounded number of times), and otherwise doubles the bits.
     */
    private void makeRoom(long offset) {
        int drop = (int) Math.min(bits.length, (watermark - base) >>> 6);
        if (drop > 0 && drop >= bits.length / 4) {
            System.arraycopy(bits, drop, bits, 0, bits.length - drop);
            Arrays.fill(bits, bits.length - drop, bits.length, 0L);
            base += (long) drop << 6;
            offset -= (long) drop << 6;
        }
        long needed = (offset >>> 6) + 1;
        if (needed > bits.length) {
            long size = Math.max(needed, 2L * bits.length);
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("progress ledger window too large: " + size + " words");
            }
            bits = Arrays.copyOf(bits, (int) size);
        }
    }

    public record Snapshot(long watermark, List<Long> doneAbove, long doneCount) {
    }
}
