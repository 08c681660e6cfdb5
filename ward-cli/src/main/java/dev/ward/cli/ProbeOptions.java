package dev.ward.cli;

import dev.ward.surface.SurfaceOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How hard and how long Ward probes each endpoint. */
final class ProbeOptions {

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "TCP connect timeout (default: ${DEFAULT-VALUE}).", defaultValue = "2s")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for a reply (default: ${DEFAULT-VALUE}).", defaultValue = "3s")
    Duration readTimeout;

    @Option(names = "--budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Most time spent on one endpoint, blast-radius queries included (default: ${DEFAULT-VALUE}).",
            defaultValue = "20s")
    Duration budget;

    @Option(names = "--sample-rows", paramLabel = "N", defaultValue = "20",
            description = "Rows sampled from each sensitive-looking table (default: ${DEFAULT-VALUE}; 0 samples nothing).")
    int sampleRows;

    @Option(names = "--max-cell-bytes", paramLabel = "N", defaultValue = "65536",
            description = "Bytes read from one sampled cell (default: ${DEFAULT-VALUE}).")
    int maxCellBytes;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "256",
            description = "Endpoints probed at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    SurfaceOptions toSurfaceOptions() {
        if (sampleRows < 0 || sampleRows > 10_000) {
            throw new IllegalArgumentException("--sample-rows must be between 0 and 10000, got " + sampleRows);
        }
        if (maxCellBytes < 16 || maxCellBytes > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("--max-cell-bytes must be between 16 and 16777216, got " + maxCellBytes);
        }
        if (concurrency < 1 || concurrency > 100_000) {
            throw new IllegalArgumentException("--concurrency must be between 1 and 100000, got " + concurrency);
        }
        SurfaceOptions defaults = SurfaceOptions.defaults();
        return defaults.withTimeouts(connectTimeout, readTimeout, budget)
                .withSampling(sampleRows, maxCellBytes, defaults.maxTablesSampled())
                .withConcurrency(concurrency);
    }
}
