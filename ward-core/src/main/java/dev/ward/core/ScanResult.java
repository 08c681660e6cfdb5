package dev.ward.core;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one scan produced, ready for the writers.
 *
 * @param tool      name and version of the tool, for example {@code ward 0.1.0}
 * @param command   what was run, for example {@code surface}
 * @param targets   the targets as the user gave them
 * @param findings  sorted most severe first
 */
public record ScanResult(String tool, String command, List<String> targets, Instant startedAt, Instant finishedAt,
                         List<Asset> assets, List<Exposure> exposures, List<Finding> findings) {

    public static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::ruleId).thenComparing(f -> f.asset().address());

    public ScanResult {
        targets = List.copyOf(targets);
        assets = List.copyOf(assets);
        exposures = List.copyOf(exposures);
        findings = findings.stream().sorted(MOST_SEVERE_FIRST).toList();
    }

    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    /** How many findings there are of each severity, every severity present (0 where none). */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** True when any finding is at least as severe as the threshold: the {@code --fail-on} gate. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
