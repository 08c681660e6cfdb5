package dev.ward.redteam.bench;

import dev.ward.redteam.RedteamOptions;
import dev.ward.redteam.RedteamRunner;
import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.RunBudget;
import dev.ward.redteam.detect.VerdictEngine;
import dev.ward.redteam.target.HttpJsonTransport;
import dev.ward.redteam.target.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * BENCHMARK DRIVER: how many requests per second Ward's runner sustains against a URL, journal and scoring included.
 * Usage: {@code RedteamThroughputBench URL SAMPLES CONCURRENCY}. Prints one line: requests, seconds, req/s.
 */
public final class RedteamThroughputBench {

    private RedteamThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int samples = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Path journal = Files.createTempDirectory("ward-bench").resolve("bench.jsonl");
        RedteamOptions options = RedteamOptions.defaults(Provider.OPENAI, url, "bench")
                .withCategories(List.of(RiskCategory.values()))
                .withRun(samples, concurrency, RunBudget.UNLIMITED, journal);
        var target = options.targetSpec().open(Map.of("OPENAI_API_KEY", "bench-key"), HttpJsonTransport.standard(), Clock.systemUTC());
        // warm-up: JIT and connection pool
        new RedteamRunner(options.withRun(Math.max(1, samples / 3), concurrency, RunBudget.UNLIMITED, journal.resolveSibling("warm.jsonl")), target,
                new VerdictEngine(null), e -> { }).execute();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long jitStart = compilerCpuMillis();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong sentAt = new java.util.concurrent.atomic.AtomicLong();
        var report = new RedteamRunner(options, target, new VerdictEngine(null), e -> {
            if (e instanceof dev.ward.core.ScanEvent.Progress p && p.total() > 0 && p.done() == p.total()) {
                sentAt.set(System.nanoTime());
            }
        }).execute();
        long end = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpuStart;
        long jitMillis = compilerCpuMillis() - jitStart;
        double sending = (sentAt.get() - start) / 1e9;
        double total = (end - start) / 1e9;
        long requests = report.requestsSent();
        System.out.printf(java.util.Locale.ROOT, "ward sending: %d requests in %.2f s = %.0f req/s (concurrency %d, journal included)%n",
                requests, sending, requests / sending, concurrency);
        System.out.printf(java.util.Locale.ROOT, "ward end to end: %.2f s = %.0f req/s (scoring %d attempts took %.2f s)%n",
                total, requests / total, requests, total - sending);
        System.out.printf(java.util.Locale.ROOT, "ward cpu: %.0f us per request end to end (all threads: sending, journal, scoring, GC, JIT)%n",
                cpu / 1e3 / requests);
        System.out.printf(java.util.Locale.ROOT, "ward jit: %d ms CPU in the JIT compiler threads during the measured run (of %.0f ms)%n", jitMillis, cpu / 1e6);
    }

    /** CPU time of the JIT compiler threads, from Linux's per-thread counters (ticks of 10 ms); 0 elsewhere. */
    private static long compilerCpuMillis() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.contains("Compiler")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException notLinux) {
            return 0;
        }
        return ticks * 10;
    }
}
