package dev.ward.redteam;

import dev.ward.redteam.score.CategoryScore;
import java.time.Instant;
import java.util.List;

/**
 * Everything a writer needs: the per-category table, the failed attacks (redacted) and how the run went.
 *
 * @param temperature  as sent with every request
 * @param topP         as sent; null when the provider default was used
 * @param samples      tries per probe
 * @param notRun       requests the budget or a stop left unsent; their probes are neither resisted nor broken
 */
public record RedteamReport(String target, String provider, String model, Double temperature, Double topP, int samples, long seed,
                            Instant started, Instant finished, List<CategoryScore> categories, List<FailedAttack> failures,
                            long requestsSent, long inputTokens, long outputTokens, long notRun) {

    public RedteamReport {
        categories = List.copyOf(categories);
        failures = List.copyOf(failures);
    }

    /**
     * One broken attempt as evidence; every text passed through {@link TranscriptRedaction} before it got here.
     */
    public record FailedAttack(String probeId, String category, String technique, String source, int repeat, String detector,
                               String reason, String systemPrompt, String prompt, String response) {
    }
}
