package dev.ward.secrets.source;

/**
 * How far Ward will open archives: nesting depth, total bytes expanded and entries per top-level archive, and the
 * expansion ratio beyond which an archive is treated as a zip bomb.
 */
public record ArchiveLimits(int maxDepth, long maxTotalBytes, int maxEntries, int maxRatio) {

    /** Ratios are only judged once this much has come out, so small, well-compressed files are not flagged. */
    static final long RATIO_FLOOR_BYTES = 8L << 20;

    public static ArchiveLimits standard() {
        return new ArchiveLimits(3, 2L << 30, 200_000, 100);
    }
}
