package dev.ward.surface.scale;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Saves a ledger to its checkpoint every {@code interval} while a run lasts, and once more when the run ends
 * ({@link #close()}), so a crash loses at most one interval of progress. Nothing runs for {@link Checkpoint#NONE}.
 */
public final class CheckpointSaver implements AutoCloseable {

    private final Checkpoint checkpoint;
    private final ProgressLedger ledger;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread saver;

    private CheckpointSaver(Checkpoint checkpoint, ProgressLedger ledger, Duration interval) {
        this.checkpoint = checkpoint;
        this.ledger = ledger;
        this.saver = checkpoint == Checkpoint.NONE ? null
                : Thread.ofVirtual().name("ward-checkpoint").start(() -> saveEvery(interval));
    }

    public static CheckpointSaver start(Checkpoint checkpoint, ProgressLedger ledger, Duration interval) {
        return new CheckpointSaver(checkpoint, ledger, interval);
    }

    /** Stops the periodic saves and writes the final state. */
    @Override
    public void close() {
        finished.countDown();
        if (saver != null) {
            joinQuietly(saver);
        }
        checkpoint.save(ledger);
    }

    private void saveEvery(Duration interval) {
        try {
            while (!finished.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                checkpoint.save(ledger);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean again = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                again = true;
            }
        }
        if (again) {
            Thread.currentThread().interrupt();
        }
    }
}
