package dev.ward.detect.quality;

import java.util.Map;
import java.util.TreeMap;

/** True and false positives and false negatives per peer rule, for the covered rules, the generic ones and the rest. */
final class QualityReport {

    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(Tally other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
        }

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        @Override
        public String toString() {
            return String.format("P %.3f  R %.3f  (TP %d, FP %d, FN %d)", precision(), recall(), truePositives,
                    falsePositives, falseNegatives);
        }
    }

    final String dataset;
    final Map<String, Tally> covered = new TreeMap<>();
    final Map<String, Tally> generic = new TreeMap<>();
    final Map<String, Integer> uncovered = new TreeMap<>();
    /** Samples of covered rules left out of the overall figure, by the reason written in {@link PeerExclusions}. */
    final Map<String, Tally> excluded = new TreeMap<>();
    int skipped;

    QualityReport(String dataset) {
        this.dataset = dataset;
    }

    Tally covered(String peerRule) {
        return covered.computeIfAbsent(peerRule, k -> new Tally());
    }

    Tally generic(String peerRule) {
        return generic.computeIfAbsent(peerRule, k -> new Tally());
    }

    void uncovered(String peerRule) {
        uncovered.merge(peerRule, 1, Integer::sum);
    }

    Tally overall() {
        Tally sum = new Tally();
        covered.values().forEach(sum::add);
        return sum;
    }

    Tally excluded(String reason) {
        return excluded.computeIfAbsent(reason, k -> new Tally());
    }

    /** The covered rules' figure with the excluded samples counted as well, as if nothing were excluded. */
    Tally overallWithExcluded() {
        Tally sum = overall();
        excluded.values().forEach(sum::add);
        return sum;
    }

    Tally overallGeneric() {
        Tally sum = new Tally();
        generic.values().forEach(sum::add);
        return sum;
    }

    String render(boolean perRule) {
        StringBuilder out = new StringBuilder();
        out.append(dataset).append(": covered peer rules ").append(covered.size()).append(", overall ")
                .append(overall()).append('\n');
        if (perRule) {
            covered.forEach((rule, t) -> out.append("    ").append(String.format("%-45s", rule)).append(t).append('\n'));
        }
        if (!generic.isEmpty()) {
            out.append("  generic rules (not in the overall figure): ").append(overallGeneric()).append('\n');
            if (perRule) {
                generic.forEach((rule, t) -> out.append("    ").append(String.format("%-45s", rule)).append(t).append('\n'));
            }
        }
        if (!excluded.isEmpty()) {
            out.append("  excluded samples (not in the overall figure; with them: ").append(overallWithExcluded())
                    .append(")\n");
            excluded.forEach((reason, t) -> out.append("    ").append(t).append("  ").append(reason).append('\n'));
        }
        out.append("  uncovered peer rules (").append(uncovered.size()).append(", samples not counted): ")
                .append(uncovered).append('\n');
        if (skipped > 0) {
            out.append("  skipped samples: ").append(skipped).append('\n');
        }
        return out.toString();
    }
}
