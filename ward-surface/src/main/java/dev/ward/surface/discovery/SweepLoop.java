package dev.ward.surface.discovery;

import dev.ward.surface.scale.ConnectionRate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * One event loop of a {@link SweepRun}, on its own thread with its own selector and its own share of the
 * concurrency. Each turn takes back endpoints that callers finished, admits positions from the run's shared counter,
 * starts the connects the per-host limit and the rate allow, waits on the selector until the next readiness,
 * deadline or paced start, then settles what became ready and what timed out.
 */
final class SweepLoop {

    /** Positions admitted in one turn of the loop before the selector is polled again, so answers are not kept waiting. */
    private static final int ADMIT_BATCH = 1024;

    private final SweepRun run;
    private final long timeoutNanos;
    private final int retries;
    private final ConnectionRate rate;
    private final int concurrency;

    private final Selector selector;
    private volatile Thread thread;
    private final HostTurns hosts;
    private final DeadlineList deadlines = new DeadlineList();
    private final ArrayDeque<PendingConnect> ready = new ArrayDeque<>();
    private final ArrayDeque<PendingConnect> free = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<PendingConnect> handedBack = new ConcurrentLinkedQueue<>();

    private int inFlight;

    SweepLoop(SweepRun run, ConnectSweep sweep, int concurrency) {
        this.run = run;
        this.timeoutNanos = sweep.timeout().toNanos();
        this.retries = sweep.retries();
        this.rate = sweep.rate();
        this.concurrency = concurrency;
        this.hosts = new HostTurns(sweep.perHost());
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector: " + e.getMessage(), e);
        }
    }

    /** Runs until the run stops or its positions are used up, and this loop's work in flight has ended. */
    void run() {
        thread = Thread.currentThread();
        try {
            while (true) {
                takeBackHandedOff();
                admit();
                long pacedWait = startReady();
                if (inFlight == 0 && (run.stopping() || run.exhausted())) {
                    break;
                }
                waitForEvents(pacedWait);
                expireDeadlines();
            }
        } finally {
            closeQuietly();
        }
    }

    /** Wakes the loop from its selector, for a hand-back or a stop. */
    void wake() {
        if (Thread.currentThread() != thread) {
            selector.wakeup();
        }
    }

    /** Called by a caller's thread (or the sweep's own) when an endpoint it took over is done. */
    void handBack(PendingConnect c) {
        handedBack.add(c);
        wake();
    }

    private void takeBackHandedOff() {
        PendingConnect c;
        while ((c = handedBack.poll()) != null) {
            release(c, c.finishedByCaller);
        }
    }

    private void admit() {
        for (int batch = 0; inFlight < concurrency && batch < ADMIT_BATCH && !run.stopping(); batch++) {
            long position = run.nextPosition();
            if (position < 0) {
                return;
            }
            PendingConnect c = free.isEmpty() ? new PendingConnect(this) : free.pop();
            c.admit(position, run.endpointAt(position));
            inFlight++;
            if (hosts.enter(c)) {
                ready.add(c);
            }
        }
    }

    /** Starts the connects that may start; returns nanoseconds until the rate lets the next one start, or -1. */
    private long startReady() {
        PendingConnect c;
        while ((c = ready.peek()) != null) {
            if (rate.limited()) {
                if (!c.paced) {
                    c.startAt = rate.reserve();
                    c.paced = true;
                }
                long wait = c.startAt - System.nanoTime();
                if (wait > 0) {
                    return wait;
                }
            }
            ready.poll();
            c.paced = false;
            start(c);
        }
        return -1;
    }

    private void start(PendingConnect c) {
        c.tries++;
        SocketChannel channel = null;
        PortState settled;
        try {
            InetAddress address = c.endpoint.address();
            channel = SocketChannel.open(address instanceof Inet4Address ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            channel.configureBlocking(false);
            // A loopback or LAN answer often arrives within the connect call itself: poll once before registering.
            if (channel.connect(c.endpoint.socketAddress()) || channel.finishConnect()) {
                settled = PortState.OPEN;
            } else {
                channel.register(selector, SelectionKey.OP_CONNECT, c);
                c.channel = channel;
                c.deadline = System.nanoTime() + timeoutNanos;
                deadlines.append(c);
                return;
            }
        } catch (IOException | RuntimeException e) {
            settled = failure(e);
        }
        closeChannel(channel);
        settle(c, settled);
    }

    private void waitForEvents(long pacedWait) {
        boolean moreNow = (inFlight < concurrency && !run.stopping() && !run.exhausted()) || !handedBack.isEmpty()
                || (!ready.isEmpty() && pacedWait < 0);
        try {
            if (moreNow) {
                selector.selectNow(this::connectable);
                return;
            }
            long wait = pacedWait < 0 ? Long.MAX_VALUE : pacedWait;
            PendingConnect first = deadlines.first();
            if (first != null) {
                wait = Math.min(wait, Math.max(0, first.deadline - System.nanoTime()));
            }
            if (wait == Long.MAX_VALUE) {
                selector.select(this::connectable); // only a hand-back, a stop or an interrupt can wake us
            } else if (wait == 0) {
                selector.selectNow(this::connectable);
            } else {
                selector.select(this::connectable, Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait + 999_999)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("selector failed: " + e.getMessage(), e);
        }
    }

    private void connectable(SelectionKey key) {
        PendingConnect c = (PendingConnect) key.attachment();
        PortState state;
        try {
            if (!c.channel.finishConnect()) {
                return;
            }
            state = PortState.OPEN;
        } catch (IOException | RuntimeException e) {
            state = failure(e);
        }
        deadlines.remove(c);
        closeChannel(c.channel);
        c.channel = null;
        settle(c, state);
    }

    private void expireDeadlines() {
        long now = System.nanoTime();
        PendingConnect c;
        while ((c = deadlines.first()) != null && c.deadline - now <= 0) {
            deadlines.remove(c);
            closeChannel(c.channel);
            c.channel = null;
            if (c.tries <= retries) {
                ready.add(c);
            } else {
                settle(c, PortState.FILTERED);
            }
        }
    }

    private void settle(PendingConnect c, PortState state) {
        boolean done;
        try {
            done = run.verdicts().settled(c.endpoint, state, c);
        } catch (RuntimeException e) {
            release(c, false);
            return;
        }
        if (done) {
            release(c, true);
        }
    }

    /** Ends an endpoint's place in the sweep; {@code finished} records it. */
    private void release(PendingConnect c, boolean finished) {
        PendingConnect successor = hosts.leave(c);
        if (successor != null) {
            ready.add(successor);
        }
        inFlight--;
        if (finished) {
            run.finished(c.position, c.endpoint);
        }
        c.clear();
        free.push(c);
    }

    private static PortState failure(Exception e) {
        if (e instanceof ConnectException) {
            return String.valueOf(e.getMessage()).contains("refused") ? PortState.CLOSED : PortState.UNREACHABLE;
        }
        return PortState.UNREACHABLE;
    }

    private static void closeChannel(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was sent on it; a failed close leaves nothing to undo.
        }
    }

    void closeQuietly() {
        for (PendingConnect c = deadlines.first(); c != null; c = deadlines.first()) {
            deadlines.remove(c);
            closeChannel(c.channel);
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // Every channel is closed already.
        }
    }
}
