package dev.ward.surface.scale;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code perHost} endpoints of one address in flight at once. An address holds an entry only while someone
 * holds or waits for one of its slots, so memory follows the work in flight, not the size of the target range.
 */
public final class HostSlots {

    private static final class Entry {
        final Semaphore slots;
        int users;

        Entry(int permits) {
            this.slots = new Semaphore(permits);
        }
    }

    private final int perHost;
    private final ConcurrentHashMap<InetAddress, Entry> entries = new ConcurrentHashMap<>();

    /** {@code perHost} 0 means no limit. */
    public HostSlots(int perHost) {
        if (perHost < 0) {
            throw new IllegalArgumentException("per-host limit must be >= 0, got " + perHost);
        }
        this.perHost = perHost;
    }

    public void acquire(InetAddress host) throws InterruptedException {
        if (perHost == 0) {
            return;
        }
        Entry entry = entries.compute(host, (k, e) -> {
            Entry next = e == null ? new Entry(perHost) : e;
            next.users++;
            return next;
        });
        try {
            entry.slots.acquire();
        } catch (InterruptedException e) {
            leave(host);
            throw e;
        }
    }

    public void release(InetAddress host) {
        if (perHost == 0) {
            return;
        }
        entries.get(host).slots.release();
        leave(host);
    }

    /** Addresses with work in flight or waiting; for tests and diagnostics. */
    public int trackedHosts() {
        return entries.size();
    }

    private void leave(InetAddress host) {
        entries.computeIfPresent(host, (k, e) -> --e.users == 0 ? null : e);
    }
}
