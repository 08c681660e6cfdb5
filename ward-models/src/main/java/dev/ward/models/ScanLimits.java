package dev.ward.models;

import java.time.Duration;

/**
 * Bounds that keep a hostile artifact from exhausting the scanner. Every parser checks the relevant bound before it
 * allocates or loops, and turns a breach into a one-line message instead of an exception.
 *
 * @param maxFiles              files visited per scan
 * @param maxDirectoryDepth     directory levels below each scan root
 * @param maxArchiveDepth       archives inside archives
 * @param maxArchiveEntries     entries read from one archive
 * @param maxCompressionRatio   inflated bytes per compressed byte before an entry counts as a bomb
 * @param maxInflatedBytes      inflated bytes read from all entries of one top-level artifact
 * @param maxInMemoryBytes      largest single buffer a parser may hold (headers, nested archives, JSON configs)
 * @param maxPickleStack        pickle stack depth and memo size (the two grow with hostile input)
 * @param maxPickleMarks        nested MARKs in a pickle
 * @param perArtifactTime       wall time for one top-level artifact
 * @param concurrency           artifacts inspected at once
 */
public record ScanLimits(int maxFiles, int maxDirectoryDepth, int maxArchiveDepth, int maxArchiveEntries,
                         int maxCompressionRatio, long maxInflatedBytes, int maxInMemoryBytes, int maxPickleStack,
                         int maxPickleMarks, Duration perArtifactTime, int concurrency) {

    public static ScanLimits defaults() {
        return new ScanLimits(200_000, 32, 3, 100_000, 200, 256L << 30, 64 << 20, 1_000_000, 10_000,
                Duration.ofMinutes(10), Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }


    public ScanLimits withPickleBounds(int stack, int marks) {
        return new ScanLimits(maxFiles, maxDirectoryDepth, maxArchiveDepth, maxArchiveEntries, maxCompressionRatio,
                maxInflatedBytes, maxInMemoryBytes, stack, marks, perArtifactTime, concurrency);
    }
}
