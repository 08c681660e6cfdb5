package dev.ward.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A scan's duration as a person reads it: {@code 850 ms}, {@code 12.4 s}, {@code 3 min 05 s}. */
final class ScanDuration {

    private ScanDuration() {
    }

    static Duration between(Instant start, Instant end) {
        if (start == null || end == null || end.isBefore(start)) {
            return Duration.ZERO;
        }
        return Duration.between(start, end);
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
