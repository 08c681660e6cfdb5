package dev.ward.redteam;

import dev.ward.redteam.detect.Outcome;
import dev.ward.redteam.score.CategoryScore;
import dev.ward.redteam.score.ScoredAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the report, keeping a bounded number of redacted failed transcripts per category. */
final class ReportAssembler {

    static final int FAILURES_PER_CATEGORY = 25;

    private ReportAssembler() {
    }

    static RedteamReport assemble(RedteamOptions options, String target, Instant started, List<CategoryScore> scores,
                                  List<ScoredAttempt> attempts, RunBudget.Meter meter, long notRun) {
        List<RedteamReport.FailedAttack> failures = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        for (ScoredAttempt attempt : attempts) {
            if (attempt.verdict().outcome() != Outcome.BROKEN) {
                continue;
            }
            int count = perCategory.merge(attempt.category().slug(), 1, Integer::sum);
            if (count > FAILURES_PER_CATEGORY) {
                continue;
            }
            failures.add(new RedteamReport.FailedAttack(attempt.probeId(), attempt.category().slug(), attempt.technique(), attempt.source(),
                    attempt.repeat(), attempt.verdict().detector(), TranscriptRedaction.scrub(attempt.verdict().reason()),
                    TranscriptRedaction.scrub(attempt.systemPrompt()), TranscriptRedaction.scrub(attempt.prompt()),
                    TranscriptRedaction.scrub(attempt.response())));
        }
        return new RedteamReport(TranscriptRedaction.scrub(target), options.provider().name().toLowerCase(java.util.Locale.ROOT),
                options.model(), options.temperature(), options.topP(), options.samples(), options.seed(), started, Instant.now(),
                scores, failures, meter.requests(), meter.inputTokens(), meter.outputTokens(), notRun);
    }
}
