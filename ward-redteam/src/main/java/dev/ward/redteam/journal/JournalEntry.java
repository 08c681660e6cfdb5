package dev.ward.redteam.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the journal: either the run header or one request's result. Answers are kept raw so that re-scoring
 * with new detectors needs no new requests; the journal file is created readable by its owner only.
 *
 * @param type     {@code header} or {@code attempt}
 * @param key      {@code probeId#repeat#variant}, unique per request
 * @param variant  {@code attack} or {@code baseline}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalEntry(String type, String key, String probe, Integer repeat, String variant, String text, Boolean blocked,
                           String stopReason, String error, Integer inputTokens, Integer outputTokens, Long millis, Long at,
                           String target, String model, Long seed, Integer samples, Double temperature, Double topP,
                           String probeSet) {

    public static String key(String probeId, int repeat, String variant) {
        return probeId + "#" + repeat + "#" + variant;
    }

    @JsonIgnore
    public boolean isHeader() {
        return "header".equals(type);
    }

    public boolean answered() {
        return "attempt".equals(type) && error == null;
    }
}
