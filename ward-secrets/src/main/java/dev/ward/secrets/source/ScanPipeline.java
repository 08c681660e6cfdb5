package dev.ward.secrets.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The CPU side of a scan: a fixed pool sized to the cores, fed through a bounded queue so that producers (directory
 * walkers, git readers, archive expanders) block when scanning falls behind. The queue is long enough that a walker
 * handing out small files rarely waits (a queue of 4 per thread cost 7% more CPU in hand-offs on 15,000 files), and
 * content already in memory is also held to a byte budget, which keeps memory bounded. A worker that submits (an
 * archive handing out its entries) runs the task itself when the queue is full, so the pool cannot deadlock on itself.
 */
public final class ScanPipeline implements AutoCloseable {

    static final int QUEUED_PER_THREAD = 64;
    /** In-memory content queued (not yet being scanned) at most; one larger piece is let through alone. */
    static final int QUEUED_BYTES = 32 << 20;

    private final ThreadPoolExecutor pool;
    private final Consumer<Throwable> onFailure;
    private final Semaphore queuedBytes = new Semaphore(QUEUED_BYTES);

    public ScanPipeline(int threads, Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread t = new Worker(task, "ward-secrets-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        RejectedExecutionHandler backpressure = (task, executor) -> {
            if (Thread.currentThread() instanceof Worker || executor.isShutdown()) {
                task.run();
                return;
            }
            try {
                executor.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.run();
            }
        };
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD),
                factory, backpressure);
        pool.prestartAllCoreThreads();
    }

    /** Runs the task on the pool, blocking while the queue is full. A task's failure is reported, never thrown. */
    public void submit(Runnable task) {
        pool.execute(reported(task));
    }

    private Runnable reported(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable t) {
                onFailure.accept(t);
            }
        };
    }

    /**
     * As {@link #submit(Runnable)}, for a task that holds {@code bytes} of content in memory until it runs: blocks
     * while queued content would pass {@link #QUEUED_BYTES}. A worker never waits here (it runs the task itself when
     * the queue is full), so the budget cannot deadlock the pool.
     */
    public void submit(Runnable task, int bytes) {
        int permits = Math.min(Math.max(bytes, 1), QUEUED_BYTES);
        if (Thread.currentThread() instanceof Worker) {
            if (!queuedBytes.tryAcquire(permits)) {
                reported(task).run();
                return;
            }
        } else {
            queuedBytes.acquireUninterruptibly(permits);
        }
        submit(() -> {
            queuedBytes.release(permits);
            task.run();
        });
    }

    /** Waits until every task submitted so far, and every task those submit, has run. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class Worker extends Thread {
        Worker(Runnable task, String name) {
            super(task, name);
        }
    }
}
