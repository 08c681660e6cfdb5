package dev.ward.surface.discovery;

import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.CheckpointSaver;
import dev.ward.surface.scale.ConnectionRate;
import dev.ward.surface.scale.EndpointDispatcher;
import dev.ward.surface.scale.ProgressLedger;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * One run of a {@link ConnectSweep}: the event loop on the calling thread. Each turn takes back endpoints that
 * callers finished, admits new positions up to the concurrency limit, starts the connects the per-host limit and
 * the rate allow, waits on the selector until the next readiness, deadline or paced start, then settles what
 * became ready and what timed out.
 */
final class SweepRun {

    /** Positions admitted in one turn of the loop before the selector is polled again, so answers are not kept waiting. */
    private static final int ADMIT_BATCH = 1024;

    private final ScanOrder order;
    private final Checkpoint checkpoint;
    private final ConnectSweep.Verdicts verdicts;
    private final EndpointDispatcher.ProgressSink progress;
    private final ProgressLedger ledger;
    private final long timeoutNanos;
    private final int retries;
    private final ConnectionRate rate;
    private final int concurrency;
    private final java.time.Duration saveInterval;
    private final long total;
    private final long alreadyDone;
    private final long step;

    private final Selector selector;
    private final Thread sweeper = Thread.currentThread();
    private final HostTurns hosts;
    private final DeadlineList deadlines = new DeadlineList();
    private final ArrayDeque<PendingConnect> ready = new ArrayDeque<>();
    private final ArrayDeque<PendingConnect> free = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<PendingConnect> handedBack = new ConcurrentLinkedQueue<>();

    private long next;
    private int inFlight;
    private long completed;
    private boolean stopping;
    private boolean interrupted;

    SweepRun(ConnectSweep sweep, ScanOrder order, Checkpoint checkpoint, ConnectSweep.Verdicts verdicts,
             EndpointDispatcher.ProgressSink progress) {
        this.order = order;
        this.checkpoint = checkpoint;
        this.verdicts = verdicts;
        this.progress = progress;
        this.ledger = checkpoint.ledger();
        this.timeoutNanos = sweep.timeout().toNanos();
        this.retries = sweep.retries();
        this.rate = sweep.rate();
        this.concurrency = sweep.concurrency();
        this.saveInterval = sweep.saveInterval();
        this.hosts = new HostTurns(sweep.perHost());
        this.total = order.size();
        this.alreadyDone = ledger.doneCount();
        this.step = Math.max(1, total / 1000);
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector: " + e.getMessage(), e);
        }
    }

    ScanSummary run() {
        try (CheckpointSaver saver = CheckpointSaver.start(checkpoint, ledger, saveInterval)) {
            while (true) {
                if (Thread.interrupted()) {
                    stopping = true;
                    interrupted = true;
                }
                takeBackHandedOff();
                admit();
                long pacedWait = startReady();
                if (inFlight == 0 && (stopping || next >= total)) {
                    break;
                }
                waitForEvents(pacedWait);
                expireDeadlines();
            }
        } finally {
            closeQuietly();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ScanSummary(total, completed, alreadyDone, interrupted);
    }

    /** Called by a caller's thread (or the sweep's own) when an endpoint it took over is done. */
    void handBack(PendingConnect c) {
        handedBack.add(c);
        if (Thread.currentThread() != sweeper) {
            selector.wakeup();
        }
    }

    private void takeBackHandedOff() {
        PendingConnect c;
        while ((c = handedBack.poll()) != null) {
            release(c, c.finishedByCaller);
        }
    }

    private void admit() {
        for (int batch = 0; !stopping && inFlight < concurrency && next < total && batch < ADMIT_BATCH; batch++) {
            long position = next++;
            if (ledger.isDone(position)) {
                continue;
            }
            PendingConnect c = free.isEmpty() ? new PendingConnect(this) : free.pop();
            c.admit(position, order.endpointAt(position));
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
            channel = SocketChannel.open();
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
        boolean moreNow = (!stopping && inFlight < concurrency && next < total) || !handedBack.isEmpty()
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
                selector.select(this::connectable); // only hand-backs or an interrupt can wake us
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
            done = verdicts.settled(c.endpoint, state, c);
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
            ledger.markDone(c.position);
            completed++;
            long done = alreadyDone + completed;
            if (done % step == 0 || done == total) {
                progress.progress(c.endpoint, done, total);
            }
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

    private void closeQuietly() {
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
