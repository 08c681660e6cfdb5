package dev.ward.surface.discovery;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.HashMap;

/**
 * The per-host limit of a sweep, without blocking: at most {@code perHost} endpoints of one address hold a turn; the
 * others wait in that address's queue and get the turn the moment one is given up. An address has an entry only
 * while it has work in flight or waiting. Used from the sweep's thread only.
 */
final class HostTurns {

    private static final class Turns {
        int holding;
        ArrayDeque<PendingConnect> waiting;
    }

    private final int perHost;
    private final HashMap<InetAddress, Turns> hosts = new HashMap<>();

    /** {@code perHost} 0 means no limit. */
    HostTurns(int perHost) {
        if (perHost < 0) {
            throw new IllegalArgumentException("per-host limit must be >= 0, got " + perHost);
        }
        this.perHost = perHost;
    }

    /** True when {@code c} may start now; false when it was queued behind its host's other work. */
    boolean enter(PendingConnect c) {
        if (perHost == 0) {
            return true;
        }
        Turns turns = hosts.computeIfAbsent(c.endpoint.address(), a -> new Turns());
        if (turns.holding < perHost) {
            turns.holding++;
            return true;
        }
        if (turns.waiting == null) {
            turns.waiting = new ArrayDeque<>();
        }
        turns.waiting.add(c);
        return false;
    }

    /** Gives up {@code c}'s turn; returns the waiting endpoint of the same host that takes it over, or null. */
    PendingConnect leave(PendingConnect c) {
        if (perHost == 0) {
            return null;
        }
        InetAddress address = c.endpoint.address();
        Turns turns = hosts.get(address);
        if (turns.waiting != null && !turns.waiting.isEmpty()) {
            return turns.waiting.poll();
        }
        if (--turns.holding == 0) {
            hosts.remove(address);
        }
        return null;
    }

    /** Addresses with work in flight or waiting; for tests and diagnostics. */
    int trackedHosts() {
        return hosts.size();
    }
}
