package dev.ward.redteam;

/**
 * What a run will cost before it starts ({@code --dry-run}).
 *
 * @param probes              clusters
 * @param requests            requests still to send (after what a resumed journal already holds)
 * @param inputTokens         estimated prompt tokens, about four characters a token
 * @param maxOutputTokens     upper bound: every answer at its length cap
 * @param maxCostUsd          upper bound at the given prices; 0 when no prices were given
 * @param minMinutes          lower bound on duration from the rate limit; 0 when unlimited
 * @param withinBudget        whether the upper bounds fit the budget caps
 */
public record RunEstimate(int probes, long requests, long inputTokens, long maxOutputTokens, double maxCostUsd, double minMinutes,
                          boolean withinBudget) {

    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d probes, %d requests, ~%d input tokens, at most %d output tokens%s%s%s", probes, requests, inputTokens, maxOutputTokens,
                maxCostUsd > 0 ? String.format(java.util.Locale.ROOT, ", at most $%.2f", maxCostUsd) : "",
                minMinutes > 0 ? String.format(java.util.Locale.ROOT, ", at least %.1f min at the rate limit", minMinutes) : "",
                withinBudget ? "" : "; exceeds the budget: the run will stop early");
    }
}
