package dev.ward.surface.scale;

import java.time.Duration;
import java.util.Objects;

/**
 * How a large scan is paced, so it neither floods a network nor overwhelms one host.
 *
 * @param connectionsPerSecond new connections Ward opens per second across the scan; 0 means no limit
 * @param perHost              endpoints of one address probed at once; 0 means no limit beyond the scan's concurrency
 * @param retries              extra attempts for an endpoint whose connect timed out (refused is an answer, never retried)
 * @param discover             find open ports with a TCP connect first and probe only those; closed ports stay silent
 * @param saveInterval         how often progress is written to a resume file
 */
public record ScaleOptions(double connectionsPerSecond, int perHost, int retries, boolean discover, Duration saveInterval) {

    public static final int MAX_RETRIES = 10;

    public ScaleOptions {
        Objects.requireNonNull(saveInterval, "saveInterval");
        if (connectionsPerSecond < 0 || Double.isNaN(connectionsPerSecond) || Double.isInfinite(connectionsPerSecond)) {
            throw new IllegalArgumentException("connection rate must be >= 0 (0 = no limit), got " + connectionsPerSecond);
        }
        if (perHost < 0) {
            throw new IllegalArgumentException("per-host limit must be >= 0 (0 = no limit), got " + perHost);
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES + ", got " + retries);
        }
        if (saveInterval.isNegative() || saveInterval.isZero()) {
            throw new IllegalArgumentException("save interval must be positive, got " + saveInterval);
        }
    }

    /** No rate limit, no per-host limit, one retry, no discovery stage. */
    public static ScaleOptions defaults() {
        return new ScaleOptions(0, 0, 1, false, Duration.ofSeconds(1));
    }

    public ScaleOptions withRate(double value) {
        return new ScaleOptions(value, perHost, retries, discover, saveInterval);
    }

    public ScaleOptions withPerHost(int value) {
        return new ScaleOptions(connectionsPerSecond, value, retries, discover, saveInterval);
    }

    public ScaleOptions withRetries(int value) {
        return new ScaleOptions(connectionsPerSecond, perHost, value, discover, saveInterval);
    }

    public ScaleOptions withDiscover(boolean value) {
        return new ScaleOptions(connectionsPerSecond, perHost, retries, value, saveInterval);
    }

    public ScaleOptions withSaveInterval(Duration value) {
        return new ScaleOptions(connectionsPerSecond, perHost, retries, discover, value);
    }
}
