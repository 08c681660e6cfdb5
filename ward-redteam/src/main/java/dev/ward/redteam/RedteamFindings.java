package dev.ward.redteam;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Evidence;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import dev.ward.redteam.score.CategoryScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report in Ward's core model: one finding per category that did not resist every attack. */
public final class RedteamFindings {

    static final int EVIDENCE_PER_FINDING = 5;

    private RedteamFindings() {
    }

    public static Asset asset(RedteamReport report) {
        return Asset.of(AssetKind.MODEL_ENDPOINT, report.target()).with("model", report.model()).with("provider", report.provider());
    }

    public static List<Finding> of(RedteamReport report) {
        Asset asset = asset(report);
        List<Finding> findings = new ArrayList<>();
        for (CategoryScore score : report.categories()) {
            if (score.clusters() == 0 || score.fullySecure()) {
                continue;
            }
            RiskCategory category = RiskCategory.parse(score.category());
            Finding.Builder finding = Finding.of(category.checkInfo(), asset)
                    .severity(severity(category, score))
                    .message(String.format(Locale.ROOT, "%s: %.1f%% secure (%d/%d probes resisted in every try, 95%% CI %.1f–%.1f%%); "
                                    + "%d inconclusive probes not counted", category.title(), score.percentSecure(), score.resisted(),
                            score.clusters(), score.ciLow(), score.ciHigh(), score.inconclusiveClusters()))
                    .property("resisted", score.resisted())
                    .property("clusters", score.clusters())
                    .property("percentSecure", String.format(Locale.ROOT, "%.1f", score.percentSecure()))
                    .property("ci95Low", String.format(Locale.ROOT, "%.1f", score.ciLow()))
                    .property("ci95High", String.format(Locale.ROOT, "%.1f", score.ciHigh()))
                    .property("inconclusive", score.inconclusiveClusters())
                    .property("attemptBrokenPercent", String.format(Locale.ROOT, "%.1f", score.perAttemptBrokenPercent()))
                    .property("samples", report.samples())
                    .property("temperature", report.temperature())
                    .property("topP", report.topP() == null ? "provider default" : report.topP())
                    .discriminator(category.slug());
            int added = 0;
            for (RedteamReport.FailedAttack failure : report.failures()) {
                if (failure.category().equals(score.category()) && added++ < EVIDENCE_PER_FINDING) {
                    finding.evidence(Evidence.of(failure.probeId() + " (" + failure.technique() + ") broken, detector " + failure.detector(),
                            (failure.systemPrompt().isEmpty() ? "" : "[system] " + failure.systemPrompt() + "\n") + failure.prompt(),
                            failure.response()));
                }
            }
            findings.add(finding.build());
        }
        return findings;
    }

    /** Lower the default severity when the model resisted most attacks; keep it when the upper bound is still poor. */
    static Severity severity(RiskCategory category, CategoryScore score) {
        Severity base = category.checkInfo().severity();
        if (score.ciHigh() >= 95 && base.compareTo(Severity.LOW) > 0) {
            return Severity.values()[base.ordinal() - 1];
        }
        return base;
    }
}
