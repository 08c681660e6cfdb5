package dev.ward.surface;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for a surface scan. Every limit bounds what one hostile or slow endpoint can cost.
 *
 * @param connectTimeout     how long a TCP connect may take
 * @param readTimeout        how long one read may wait for bytes
 * @param targetBudget       everything done to one endpoint, identification and measurement, must end within this
 * @param sampleRows         rows sampled from each interesting table
 * @param maxCellBytes       longest cell value kept (cut on the server)
 * @param concurrency        endpoints probed at once
 * @param maxResponseBytes   the most bytes read for one response or query result
 * @param maxTablesSampled   the most tables sampled on one server
 */
public record SurfaceOptions(Duration connectTimeout, Duration readTimeout, Duration targetBudget, int sampleRows,
                             int maxCellBytes, int concurrency, int maxResponseBytes, int maxTablesSampled) {

    public SurfaceOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(targetBudget, "targetBudget");
        positive(connectTimeout, "connect timeout");
        positive(readTimeout, "read timeout");
        positive(targetBudget, "target budget");
        if (sampleRows < 0 || maxCellBytes < 1 || concurrency < 1 || maxResponseBytes < 1024 || maxTablesSampled < 0) {
            throw new IllegalArgumentException("sample rows and tables must be >= 0, cell bytes and concurrency >= 1,"
                    + " response bytes >= 1024");
        }
    }

    public static SurfaceOptions defaults() {
        return new SurfaceOptions(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(20), 20,
                64 * 1024, 256, 1024 * 1024, 20);
    }

    public SurfaceOptions withTimeouts(Duration connect, Duration read, Duration budget) {
        return new SurfaceOptions(connect, read, budget, sampleRows, maxCellBytes, concurrency, maxResponseBytes, maxTablesSampled);
    }

    public SurfaceOptions withSampling(int rows, int cellBytes, int tables) {
        return new SurfaceOptions(connectTimeout, readTimeout, targetBudget, rows, cellBytes, concurrency, maxResponseBytes, tables);
    }

    public SurfaceOptions withConcurrency(int value) {
        return new SurfaceOptions(connectTimeout, readTimeout, targetBudget, sampleRows, maxCellBytes, value, maxResponseBytes, maxTablesSampled);
    }

    private static void positive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }
}
