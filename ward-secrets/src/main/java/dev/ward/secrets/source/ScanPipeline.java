package dev.ward.secrets.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The CPU side of a scan: a fixed set of worker threads sized to the cores, fed through a bounded queue so that
 * producers (directory walkers, git readers, archive expanders) block when scanning falls behind. The queue is long
 * enough that a walker handing out small files rarely waits (a queue of 4 per thread cost 7% more CPU in hand-offs on
 * 15,000 files), and content already in memory is also held to a byte budget, which keeps memory bounded. A worker
 * that submits (an archive handing out its entries) runs the task itself when the queue is full, so the pool cannot
 * deadlock on itself.
 *
 * <p>The workers' loop is written here rather than taken from {@code ThreadPoolExecutor}: a loop that runs once per
 * file stays interpreted until it has turned some 60,000 times, and the executor's (locks, hooks, bookkeeping) cost
 * about 2.4 µs a file that way, 2% of a scan's CPU. This one only takes a task and calls a method, which is compiled.
 */
public final class ScanPipeline implements AutoCloseable {

    static final int QUEUED_PER_THREAD = 64;
    /** In-memory content queued (not yet being scanned) at most; one larger piece is let through alone. */
    static final int QUEUED_BYTES = 32 << 20;
    private static final Runnable STOP = () -> {
    };

    private final BlockingQueue<Runnable> queue;
    private final Worker[] workers;
    private final Consumer<Throwable> onFailure;
    private final Semaphore queuedBytes = new Semaphore(QUEUED_BYTES);
    /** Tasks submitted and not yet run; a task that submits more counts until its own end, so this reaches zero once. */
    private final AtomicLong unfinished = new AtomicLong();
    private final Object allDone = new Object();
    /** Producers wait on this for the queue to drain to {@link #lowWater}; they count themselves in waitingForRoom. */
    private final Object room = new Object();
    private final int lowWater;
    private volatile int waitingForRoom;
    private volatile boolean closed;

    public ScanPipeline(int threads, Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        this.queue = new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD);
        this.lowWater = threads * QUEUED_PER_THREAD / 2;
        this.workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(this::work, "ward-secrets-" + (i + 1));
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    /** Runs the task on a worker, blocking while the queue is full. A task's failure is reported, never thrown. */
    public void submit(Runnable task) {
        unfinished.incrementAndGet();
        if (closed || Thread.currentThread() instanceof Worker) {
            if (closed || !queue.offer(task)) {
                run(task);
            }
            return;
        }
        try {
            while (!queue.offer(task)) {
                awaitRoom();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run(task);
        }
    }

    /**
     * Waits until the queue is down to half full. Waking the producer for every task taken from a full queue (as a
     * blocking put does) cost a context switch per file, 9,000 on the JDK's sources, each preempting a worker; refilling
     * half the queue at a time wakes it once per {@link #QUEUED_PER_THREAD} files.
     */
    private void awaitRoom() throws InterruptedException {
        synchronized (room) {
            waitingForRoom++;
            try {
                while (queue.size() > lowWater) {
                    room.wait();
                }
            } finally {
                waitingForRoom--;
            }
        }
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != STOP; task = queue.take()) {
                if (waitingForRoom > 0 && queue.size() <= lowWater) {
                    synchronized (room) {
                        room.notifyAll();
                    }
                }
                run(task);
            }
        } catch (InterruptedException e) {
            // close() was interrupted and gave up on the remaining tasks
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            onFailure.accept(t);
        } finally {
            if (unfinished.decrementAndGet() == 0) {
                synchronized (allDone) {
                    allDone.notifyAll();
                }
            }
        }
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
                unfinished.incrementAndGet();
                run(task);
                return;
            }
        } else {
            queuedBytes.acquireUninterruptibly(permits);
        }
        submit(new Budgeted(task, permits));
    }

    /**
     * Waits until every task submitted so far, and every task those submit, has run, then stops the workers. When
     * interrupted, stops them at once (tasks still queued do not run) and keeps the interrupt.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            synchronized (allDone) {
                while (unfinished.get() > 0) {
                    allDone.wait();
                }
            }
            closed = true;
            for (int i = 0; i < workers.length; i++) {
                queue.put(STOP);
            }
            for (Worker worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            closed = true;
            for (Worker worker : workers) {
                worker.interrupt();
            }
            Thread.currentThread().interrupt();
        }
    }

    /** A task that gives its bytes back to the budget when it starts; a class, as SourceContext.Scan explains. */
    private final class Budgeted implements Runnable {
        private final Runnable task;
        private final int permits;

        Budgeted(Runnable task, int permits) {
            this.task = task;
            this.permits = permits;
        }

        @Override
        public void run() {
            queuedBytes.release(permits);
            task.run();
        }
    }

    private static final class Worker extends Thread {
        Worker(Runnable task, String name) {
            super(task, name);
        }
    }
}
