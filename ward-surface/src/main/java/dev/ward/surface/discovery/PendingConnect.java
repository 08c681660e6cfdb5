package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import java.nio.channels.SocketChannel;

/**
 * One endpoint's place in a sweep, from admission until it is finished: its position, its tries, the channel of the
 * connect in flight and its deadline. A sweep holds at most {@code concurrency} of these and reuses them, so the
 * state of a connect in flight is this object plus the channel, whatever the size of the range.
 */
final class PendingConnect implements ConnectSweep.Handoff {

    private final SweepLoop owner;

    long position;
    Endpoint endpoint;
    /** Connects started so far for this endpoint; the first is try 1. */
    int tries;
    /** When the rate limit lets the next try start ({@link System#nanoTime()}); valid while {@link #paced}. */
    long startAt;
    boolean paced;
    SocketChannel channel;
    long deadline;
    /** Links in the sweep's deadline list (deadlines are in start order, so the list is sorted by construction). */
    PendingConnect earlier;
    PendingConnect later;
    boolean timed;
    /** Set by a caller that took the endpoint over; read by the sweep after the hand-back. */
    volatile boolean finishedByCaller;

    PendingConnect(SweepLoop owner) {
        this.owner = owner;
    }

    void admit(long position, Endpoint endpoint) {
        this.position = position;
        this.endpoint = endpoint;
        this.tries = 0;
        this.paced = false;
        this.finishedByCaller = false;
    }

    void clear() {
        endpoint = null;
        channel = null;
    }

    @Override
    public void finished() {
        finishedByCaller = true;
        owner.handBack(this);
    }

    @Override
    public void abandoned() {
        finishedByCaller = false;
        owner.handBack(this);
    }
}
