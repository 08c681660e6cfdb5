package dev.ward.secrets.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.ward.core.ScanCollector;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsScanner;
import dev.ward.secrets.SecretsSummary;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The whole {@code ward secrets} pipeline (walk, read, scan, decode layers, collect) run again and again in one JVM,
 * so that steady-state cost shows apart from start-up and JIT warm-up. Prints wall time, process CPU time and MB per
 * CPU-second of each run. Usage: {@code PipelineBenchmark FOLDER [RUNS] [THREADS]}. Not part of the unit tests.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) {
        String folder = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SecretsScanner scanner = new SecretsScanner(new SecretsOptions().gitignore(false).threads(threads));
        double[] perCpuSecond = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            SecretsSummary summary = scanner.scan(List.of(folder), new ByteArrayInputStream(new byte[0]), new ScanCollector());
            double wall = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double mb = summary.scannedBytes() / 1e6;
            perCpuSecond[r] = mb / cpuSeconds;
            System.out.printf("run %d: %.1f MB, %d findings, wall %.2f s (%.1f MB/s), cpu %.2f s (%.1f MB per cpu-second)%n",
                    r + 1, mb, summary.findings(), wall, mb / wall, cpuSeconds, perCpuSecond[r]);
        }
        Arrays.sort(perCpuSecond);
        System.out.printf("median %.1f MB per cpu-second, %d thread(s)%n", perCpuSecond[runs / 2], threads);
    }
}
