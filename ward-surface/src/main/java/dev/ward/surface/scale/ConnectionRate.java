package dev.ward.surface.scale;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A global pace for new connections: each caller reserves the next free slot, {@code 1/rate} seconds after the
 * previous one, and waits for it. No burst is allowed, so any window of {@code t} seconds holds at most
 * {@code rate * t + 1} connection starts. Safe for any number of threads.
 */
public final class ConnectionRate {

    private static final ConnectionRate UNLIMITED = new ConnectionRate(0);

    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(Long.MIN_VALUE);

    private ConnectionRate(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    public static ConnectionRate unlimited() {
        return UNLIMITED;
    }

    /** At most {@code rate} connections a second; 0 means no limit. */
    public static ConnectionRate perSecond(double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("rate must be >= 0, got " + rate);
        }
        return rate == 0 ? UNLIMITED : new ConnectionRate(Math.max(1, (long) (TimeUnit.SECONDS.toNanos(1) / rate)));
    }

    public boolean limited() {
        return intervalNanos > 0;
    }

    /** Waits until this caller may open one connection. */
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long mine = reserve();
        long wait;
        while ((wait = mine - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for the connection rate");
            }
        }
    }

    /**
     * Takes the next free slot without waiting, for callers that cannot block (an event loop): the
     * {@link System#nanoTime()} at or after which this caller may open one connection. Shares the pace with
     * {@link #acquire()}. Without a limit, the current time.
     */
    public long reserve() {
        long now = System.nanoTime();
        if (intervalNanos == 0) {
            return now;
        }
        long slot = nextSlot.getAndAccumulate(now, (next, current) -> Math.max(next, current) + intervalNanos);
        return Math.max(slot, now);
    }
}
