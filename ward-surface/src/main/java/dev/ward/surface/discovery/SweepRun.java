package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.CheckpointSaver;
import dev.ward.surface.scale.EndpointDispatcher;
import dev.ward.surface.scale.ProgressLedger;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of a {@link ConnectSweep}: the state its event loops share. Positions are handed out in order from one
 * counter, finished ones go to one ledger (saved by a {@link CheckpointSaver}), and progress is told in increasing
 * order. Each loop runs on a platform thread of its own (a shallow stack keeps the exception a refused connect costs
 * small) while the calling thread waits for them; interrupting the calling thread stops the run.
 */
final class SweepRun {

    private final ScanOrder order;
    private final Checkpoint checkpoint;
    private final ConnectSweep.Verdicts verdicts;
    private final EndpointDispatcher.ProgressSink progress;
    private final ConnectSweep sweep;
    private final ProgressLedger ledger;
    private final long total;
    private final long alreadyDone;
    private final long step;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final Object progressLock = new Object();
    private long reported;
    private final List<SweepLoop> loops = new ArrayList<>();
    private volatile boolean stopping;
    private volatile boolean interrupted;

    SweepRun(ConnectSweep sweep, ScanOrder order, Checkpoint checkpoint, ConnectSweep.Verdicts verdicts,
             EndpointDispatcher.ProgressSink progress) {
        this.sweep = sweep;
        this.order = order;
        this.checkpoint = checkpoint;
        this.verdicts = verdicts;
        this.progress = progress;
        this.ledger = checkpoint.ledger();
        this.total = order.size();
        this.alreadyDone = ledger.doneCount();
        this.step = Math.max(1, total / 1000);
    }

    ScanSummary run() {
        int count = sweep.loops();
        try {
            for (int i = 0; i < count; i++) {
                loops.add(new SweepLoop(this, sweep, sweep.concurrency() / count + (i < sweep.concurrency() % count ? 1 : 0)));
            }
        } catch (RuntimeException e) {
            loops.forEach(SweepLoop::closeQuietly);
            throw e;
        }
        Throwable failure = null;
        try (CheckpointSaver saver = CheckpointSaver.start(checkpoint, ledger, sweep.saveInterval())) {
            List<Thread> threads = new ArrayList<>();
            Throwable[] failures = new Throwable[count];
            for (int i = 0; i < count; i++) {
                int at = i;
                threads.add(Thread.ofPlatform().daemon().name("ward-sweep-" + i).start(() -> {
                    try {
                        loops.get(at).run();
                    } catch (Throwable t) {
                        failures[at] = t;
                        stop();
                    }
                }));
            }
            for (Thread thread : threads) {
                joinStoppingOnInterrupt(thread);
            }
            for (Throwable t : failures) {
                failure = failure == null ? t : failure;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ScanSummary(total, completed.get(), alreadyDone, interrupted);
    }

    boolean stopping() {
        return stopping;
    }

    boolean exhausted() {
        return next.get() >= total;
    }

    /** The next position no earlier run finished, or -1 when none is left. */
    long nextPosition() {
        while (true) {
            long position = next.getAndIncrement();
            if (position >= total) {
                return -1;
            }
            // Only a resumed run has finished positions ahead of the counter.
            if (alreadyDone == 0 || !ledger.isDone(position)) {
                return position;
            }
        }
    }

    Endpoint endpointAt(long position) {
        return order.endpointAt(position);
    }

    ConnectSweep.Verdicts verdicts() {
        return verdicts;
    }

    /** Records a finished endpoint and tells progress about a thousand times a run, never going backwards. */
    void finished(long position, Endpoint endpoint) {
        ledger.markDone(position);
        long done = alreadyDone + completed.incrementAndGet();
        if (done % step == 0 || done == total) {
            synchronized (progressLock) {
                if (done > reported) {
                    reported = done;
                    progress.progress(endpoint, done, total);
                }
            }
        }
    }

    private void stop() {
        stopping = true;
        loops.forEach(SweepLoop::wake);
    }

    private void joinStoppingOnInterrupt(Thread thread) {
        while (true) {
            try {
                thread.join();
                return;
            } catch (InterruptedException e) {
                interrupted = true;
                stop();
            }
        }
    }
}
