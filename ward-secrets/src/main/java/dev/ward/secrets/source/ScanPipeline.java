package dev.ward.secrets.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The CPU side of a scan: a fixed pool sized to the cores, fed through a short queue so that producers (directory
 * walkers, git readers, archive expanders) block when scanning falls behind, which keeps memory bounded. A worker
 * that submits (an archive handing out its entries) runs the task itself when the queue is full, so the pool cannot
 * deadlock on itself.
 */
public final class ScanPipeline implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Consumer<Throwable> onFailure;

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
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 4),
                factory, backpressure);
        pool.prestartAllCoreThreads();
    }

    /** Runs the task on the pool, blocking while the queue is full. A task's failure is reported, never thrown. */
    public void submit(Runnable task) {
        pool.execute(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                onFailure.accept(t);
            }
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
