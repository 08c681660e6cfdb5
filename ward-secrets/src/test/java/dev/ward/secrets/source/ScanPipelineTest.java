package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanPipelineTest {

    @Test
    void queuedContentIsHeldToTheByteBudget() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch workerBusy = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        try (ScanPipeline pipeline = new ScanPipeline(1, failures::add)) {
            pipeline.submit(() -> {
                workerBusy.countDown();
                await(letGo);
            });
            assertThat(workerBusy.await(10, TimeUnit.SECONDS)).isTrue();
            pipeline.submit(ran::incrementAndGet, ScanPipeline.QUEUED_BYTES);
            Thread second = Thread.ofPlatform().start(() -> pipeline.submit(ran::incrementAndGet, 1));
            second.join(300);
            assertThat(second.isAlive()).as("a submitter waits while queued content fills the budget").isTrue();
            letGo.countDown();
            second.join(10_000);
            assertThat(second.isAlive()).isFalse();
        }
        assertThat(ran).hasValue(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void aWorkerOverTheBudgetRunsTheTaskItselfAndFailuresAreReported() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger ran = new AtomicInteger();
        try (ScanPipeline pipeline = new ScanPipeline(1, failures::add)) {
            pipeline.submit(() -> {
                pipeline.submit(ran::incrementAndGet, ScanPipeline.QUEUED_BYTES);
                pipeline.submit(() -> {
                    ran.incrementAndGet();
                    throw new IllegalStateException("boom");
                }, ScanPipeline.QUEUED_BYTES);
            });
        }
        assertThat(ran).hasValue(2);
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
    }

    @Test
    void closeReturnsOnlyOnceEveryTaskAndEveryTaskItSubmittedHasRun() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger ran = new AtomicInteger();
        ScanPipeline pipeline = new ScanPipeline(3, failures::add);
        for (int i = 0; i < 5_000; i++) {
            // Each task hands out two more, as an archive hands out its entries; the queue overflows many times.
            pipeline.submit(() -> {
                ran.incrementAndGet();
                for (int k = 0; k < 2; k++) {
                    pipeline.submit(() -> {
                        Thread.onSpinWait();
                        ran.incrementAndGet();
                    });
                }
            });
        }
        pipeline.close();
        assertThat(ran).hasValue(15_000);
        assertThat(failures).isEmpty();
        pipeline.submit(ran::incrementAndGet);
        assertThat(ran).as("a task submitted after close runs at once, on the caller").hasValue(15_001);
    }

    @Test
    void aProducerWaitsWhileTheQueueIsFullAndEveryTaskRunsOnceLetGo() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        int tasks = 3 * ScanPipeline.QUEUED_PER_THREAD;
        try (ScanPipeline pipeline = new ScanPipeline(1, failures::add)) {
            pipeline.submit(() -> await(letGo));
            Thread producer = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < tasks; i++) {
                    pipeline.submit(ran::incrementAndGet);
                }
            });
            producer.join(300);
            assertThat(producer.isAlive()).as("the producer waits for room").isTrue();
            assertThat(ran).hasValue(0);
            letGo.countDown();
            producer.join(10_000);
            assertThat(producer.isAlive()).isFalse();
        }
        assertThat(ran).hasValue(tasks);
        assertThat(failures).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
