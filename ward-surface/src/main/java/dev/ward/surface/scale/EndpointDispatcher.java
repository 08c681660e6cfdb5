package dev.ward.surface.scale;

import dev.ward.surface.Endpoint;
import dev.ward.surface.targets.ScanOrder;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one task per endpoint of a scan order on virtual threads, under a global concurrency limit, a per-host
 * limit, and a checkpoint that records finished positions. Memory follows the work in flight: endpoints are made from
 * their positions one at a time, never listed.
 *
 * <p>Interrupting the calling thread stops the dispatch of new endpoints; work in flight finishes and is recorded, the
 * checkpoint is saved, and the summary says the run was interrupted (the thread's interrupt flag is set again).
 */
public final class EndpointDispatcher {

    /** The work done for one endpoint. Returning normally marks it finished; throwing InterruptedException does not. */
    @FunctionalInterface
    public interface EndpointTask {
        void run(Endpoint endpoint) throws InterruptedException;
    }

    /** Told after each finished endpoint, at most about a thousand times a run. */
    @FunctionalInterface
    public interface ProgressSink {
        void progress(Endpoint lastDone, long done, long total);
    }

    private final int concurrency;
    private final HostSlots hostSlots;
    private final Duration saveInterval;

    public EndpointDispatcher(int concurrency, int perHost, Duration saveInterval) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.hostSlots = new HostSlots(perHost);
        this.saveInterval = saveInterval;
    }

    public ScanSummary run(ScanOrder order, Checkpoint checkpoint, EndpointTask task, ProgressSink progress) {
        ProgressLedger ledger = checkpoint.ledger();
        long total = order.size();
        long alreadyDone = ledger.doneCount();
        long step = Math.max(1, total / 1000);
        AtomicLong completed = new AtomicLong();
        Semaphore slots = new Semaphore(concurrency);
        boolean interrupted = false;
        try (CheckpointSaver saver = CheckpointSaver.start(checkpoint, ledger, saveInterval);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long position = 0; position < total; position++) {
                if (ledger.isDone(position)) {
                    continue;
                }
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
                if (Thread.interrupted()) {
                    slots.release();
                    interrupted = true;
                    break;
                }
                long at = position;
                Endpoint endpoint = order.endpointAt(at);
                pool.submit(() -> {
                    try {
                        runLimited(endpoint, task);
                        ledger.markDone(at);
                        long done = alreadyDone + completed.incrementAndGet();
                        if (done % step == 0 || done == total) {
                            progress.progress(endpoint, done, total);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ScanSummary(total, completed.get(), alreadyDone, interrupted);
    }

    private void runLimited(Endpoint endpoint, EndpointTask task) throws InterruptedException {
        hostSlots.acquire(endpoint.address());
        try {
            task.run(endpoint);
        } finally {
            hostSlots.release(endpoint.address());
        }
    }
}
