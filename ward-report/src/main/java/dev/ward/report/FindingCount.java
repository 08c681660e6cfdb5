package dev.ward.report;

import dev.ward.core.ScanResult;
import dev.ward.core.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one-line tally that closes a report: {@code 3 findings: 1 critical, 1 high, 1 info}. */
final class FindingCount {

    private FindingCount() {
    }

    /** Most severe first, naming only severities that occur. */
    static String summary(ScanResult result) {
        int total = result.findings().size();
        if (total == 0) {
            return "No findings";
        }
        Map<Severity, Integer> counts = result.countBySeverity();
        List<String> parts = new ArrayList<>();
        for (Severity severity : mostSevereFirst()) {
            int count = counts.get(severity);
            if (count > 0) {
                parts.add(count + " " + severity.label());
            }
        }
        return total + (total == 1 ? " finding: " : " findings: ") + String.join(", ", parts);
    }

    static List<Severity> mostSevereFirst() {
        return List.of(Severity.values()).reversed();
    }
}
