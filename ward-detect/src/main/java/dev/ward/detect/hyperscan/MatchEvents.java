package dev.ward.detect.hyperscan;

import java.util.Arrays;

/**
 * The matches of one scan, as (end offset, pattern id) pairs in order of end offset, then id. Reused from scan to
 * scan; holds at most {@link #CAPACITY} matches, beyond which a scan gives up and says so.
 */
public final class MatchEvents {

    public static final int MAX_ID = (1 << 24) - 1;
    static final int CAPACITY = 1 << 20;

    private long[] events = new long[256];
    private int count;
    private boolean sorted = true;

    /** Called from native code for every match: must never throw. Returns false once full. */
    boolean add(int id, long end) {
        if (count == events.length) {
            if (count == CAPACITY) {
                return false;
            }
            events = Arrays.copyOf(events, Math.min(CAPACITY, count * 2));
        }
        long event = (end << 24) | id;
        if (count > 0 && events[count - 1] > event) {
            sorted = false;
        }
        events[count++] = event;
        return true;
    }

    void clear() {
        count = 0;
        sorted = true;
    }

    void sort() {
        if (!sorted) {
            Arrays.sort(events, 0, count);
            sorted = true;
        }
    }

    public int size() {
        return count;
    }

    public int id(int i) {
        return (int) (events[i] & MAX_ID);
    }

    /** The offset just after the match's last byte, relative to the start of the scanned range. */
    public int end(int i) {
        return (int) (events[i] >>> 24);
    }
}
