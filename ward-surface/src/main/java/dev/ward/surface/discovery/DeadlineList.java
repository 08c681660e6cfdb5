package dev.ward.surface.discovery;

/**
 * Connects in flight, earliest deadline first. Every connect of a sweep gets the same timeout and they start on one
 * thread in time order, so appending keeps the list sorted: no heap or timer wheel is needed, and adding, removing
 * and reading the earliest are all O(1) without allocating.
 */
final class DeadlineList {

    private PendingConnect first;
    private PendingConnect last;

    void append(PendingConnect c) {
        c.earlier = last;
        c.later = null;
        if (last == null) {
            first = c;
        } else {
            last.later = c;
        }
        last = c;
        c.timed = true;
    }

    void remove(PendingConnect c) {
        if (!c.timed) {
            return;
        }
        if (c.earlier == null) {
            first = c.later;
        } else {
            c.earlier.later = c.later;
        }
        if (c.later == null) {
            last = c.earlier;
        } else {
            c.later.earlier = c.earlier;
        }
        c.earlier = null;
        c.later = null;
        c.timed = false;
    }

    /** The connect whose deadline comes first, or null. */
    PendingConnect first() {
        return first;
    }
}
