package dev.ward.redteam.score;

import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.detect.Verdict;

/**
 * One attempt with its verdict. Attempts of the same probe share a cluster.
 *
 * @param probeId  the cluster
 * @param repeat   which try of the probe, from 0
 */
public record ScoredAttempt(String probeId, RiskCategory category, String technique, String source, int repeat, Verdict verdict,
                            String systemPrompt, String prompt, String response) {
}
