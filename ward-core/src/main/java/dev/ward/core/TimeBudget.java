package dev.ward.core;

import java.time.Duration;

/** A deadline for one unit of work, such as one target, so a slow or hostile peer cannot hold a scan forever. */
public final class TimeBudget {

    private final long deadlineNanos;
    private final Duration total;

    private TimeBudget(Duration total) {
        this.total = total;
        this.deadlineNanos = System.nanoTime() + total.toNanos();
    }

    public static TimeBudget of(Duration total) {
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive, got " + total);
        }
        return new TimeBudget(total);
    }

    public Duration total() {
        return total;
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean expired() {
        return deadlineNanos - System.nanoTime() <= 0;
    }

    /** The smaller of the remaining time and the given cap, at least 1 ms, for use as a socket timeout. */
    public int timeoutMillis(Duration cap) {
        long millis = Math.min(remaining().toMillis(), cap.toMillis());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }
}
