package dev.ward.surface.scale;

/**
 * What one run of a scan order did.
 *
 * @param positions     endpoints in this run's order (its shard)
 * @param completed     endpoints finished in this run
 * @param alreadyDone   endpoints skipped because a resume file said an earlier run finished them
 * @param interrupted   the run was stopped before it visited every endpoint; the rest is left for a resume
 */
public record ScanSummary(long positions, long completed, long alreadyDone, boolean interrupted) {
}
