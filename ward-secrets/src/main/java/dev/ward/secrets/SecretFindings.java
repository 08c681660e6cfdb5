package dev.ward.secrets;

import dev.ward.core.CheckInfo;
import dev.ward.core.Finding;
import dev.ward.core.Fingerprint;
import dev.ward.core.Location;
import dev.ward.core.Severity;
import dev.ward.detect.Category;
import dev.ward.detect.Detection;
import dev.ward.secrets.content.Origin;
import dev.ward.secrets.content.SecretHit;
import dev.ward.secrets.source.GitHistorySource;
import dev.ward.secrets.verify.Verification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Turns hits into findings: one per (rule, path, secret), however often the secret recurs there. The fingerprint is
 * built from exactly those three (the secret by hash), so it survives line shifts, re-runs and other checkouts.
 */
final class SecretFindings {

    /** Of several hits of one secret in one place: plain text before decoded, oldest commit, then first line. */
    private static final Comparator<SecretHit> BEST = Comparator.comparing(SecretHit::decoded)
            .thenComparing(h -> h.origin().facts().getOrDefault(GitHistorySource.COMMIT_DATE, "~"))
            .thenComparingInt(SecretHit::line).thenComparingInt(SecretHit::column);

    private final SecretChecks checks;

    SecretFindings(SecretChecks checks) {
        this.checks = checks;
    }

    /** The distinct secrets among the hits, each with the hit that will stand for it. */
    static List<SecretHit> distinct(List<SecretHit> hits) {
        Map<String, SecretHit> best = new LinkedHashMap<>();
        for (SecretHit hit : hits) {
            best.merge(key(hit), hit, (a, b) -> BEST.compare(a, b) <= 0 ? a : b);
        }
        return new ArrayList<>(best.values());
    }

    List<SecretFinding> build(List<SecretHit> hits, BiFunction<String, String, Verification> verdicts) {
        Map<String, List<SecretHit>> groups = new TreeMap<>();
        for (SecretHit hit : hits) {
            groups.computeIfAbsent(key(hit), k -> new ArrayList<>()).add(hit);
        }
        List<SecretFinding> findings = new ArrayList<>();
        for (List<SecretHit> group : groups.values()) {
            group.sort(BEST);
            SecretHit hit = group.getFirst();
            Verification verdict = hit.detection().category() == Category.SECRET
                    ? verdicts.apply(hit.detection().provider(), hit.detection().value()) : null;
            findings.add(finding(hit, group.size(), verdict));
        }
        return findings;
    }

    private SecretFinding finding(SecretHit hit, int occurrences, Verification verdict) {
        Detection d = hit.detection();
        CheckInfo check = checks.forDetection(d);
        String hash = SecretHash.of(d.value());
        Map<String, String> properties = new TreeMap<>();
        properties.put("category", d.category().name().toLowerCase(java.util.Locale.ROOT));
        put(properties, "provider", d.provider());
        properties.put("confidence", SecretChecks.confidence(d));
        properties.put("verification", verdict == null ? "not checked" : verdict.state().label());
        put(properties, "verificationDetail", verdict == null ? "" : verdict.detail());
        put(properties, "encoding", hit.encoding());
        put(properties, "context", hit.context());
        hit.origin().facts().forEach((name, value) -> put(properties, name, value));
        properties.put("occurrences", String.valueOf(occurrences));
        Location location = new Location(hit.origin().path(), hit.line(), hit.column());
        return new SecretFinding(new Finding(check.id(), check.title(), severity(check, d, verdict), hit.origin().asset(),
                message(hit, verdict, occurrences), List.of(), check.remediation(), check.controls(), location, properties,
                Fingerprint.of(check.id(), hit.origin().path(), hash)), hash);
    }

    /** The rule's severity, raised to critical when the provider confirmed the secret works, lowered when it refused it. */
    private static Severity severity(CheckInfo check, Detection d, Verification verdict) {
        if (verdict != null && verdict.state() == Verification.State.VERIFIED) {
            return Severity.CRITICAL;
        }
        if (verdict != null && verdict.state() == Verification.State.INVALID) {
            return Severity.LOW;
        }
        if (SecretChecks.confidence(d).equals("generic") && check.severity().atLeast(Severity.HIGH)) {
            return Severity.MEDIUM;
        }
        return check.severity();
    }

    private static String message(SecretHit hit, Verification verdict, int occurrences) {
        Detection d = hit.detection();
        StringBuilder text = new StringBuilder();
        text.append(d.provider().isBlank() ? "" : d.provider() + " ").append(d.label()).append(' ').append(d.redacted())
                .append(" in ").append(hit.origin().path()).append(':').append(hit.line()).append(':').append(hit.column());
        if (!hit.context().isEmpty()) {
            text.append(" (").append(hit.context()).append(')');
        }
        if (hit.decoded()) {
            text.append(", hidden by ").append(hit.encoding().replace("+", " inside ")).append(" encoding");
        }
        String commit = hit.origin().facts().get(GitHistorySource.COMMIT);
        if (commit != null) {
            text.append(", introduced in commit ").append(commit, 0, Math.min(12, commit.length()));
        } else if (hit.origin().facts().containsKey(Origin.BLOB)) {
            text.append(", in git history");
        }
        if (occurrences > 1) {
            text.append(", ").append(occurrences).append(" occurrences");
        }
        if (verdict != null) {
            text.append("; verification: ").append(verdict.state().label());
        }
        return text.toString();
    }

    private static String key(SecretHit hit) {
        return hit.detection().ruleId() + "\u001f" + hit.origin().path() + "\u001f" + hit.detection().value();
    }

    private static void put(Map<String, String> properties, String name, String value) {
        if (value != null && !value.isEmpty()) {
            properties.put(name, value);
        }
    }
}
