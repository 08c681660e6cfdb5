package dev.ward.redteam.report;

import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.score.CategoryScore;
import dev.ward.redteam.score.ReportComparison;
import java.util.List;
import java.util.Locale;

/** The plain-text table: category, % secure, 95% interval, k/n, inconclusive, per-attempt broken rate. */
public final class RedteamTerminalTable {

    private RedteamTerminalTable() {
    }

    public static String render(RedteamReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Target %s  model %s  temperature %s  top_p %s  %d tries per probe%n%n",
                report.target(), report.model(), report.temperature(), report.topP() == null ? "default" : report.topP(), report.samples()));
        out.append(String.format(Locale.ROOT, "%-34s %9s  %-15s %9s %6s  %s%n", "category", "% secure", "95% CI", "k/n", "incl.", "broken per try"));
        for (CategoryScore s : report.categories()) {
            out.append(String.format(Locale.ROOT, "%-34s %8.1f%%  [%5.1f, %5.1f]  %4d/%-4d %6d  %5.1f%% [%.1f, %.1f]%n",
                    s.title(), s.percentSecure(), s.ciLow(), s.ciHigh(), s.resisted(), s.clusters(), s.inconclusiveClusters(),
                    s.perAttemptBrokenPercent(), s.perAttemptCiLow(), s.perAttemptCiHigh()));
        }
        out.append(String.format(Locale.ROOT, "%nk/n: probes resisted in every try / probes with a conclusive answer. "
                + "incl.: inconclusive probes (errors, provider blocks, undecided), not counted.%n"
                + "%d requests, %d input and %d output tokens%s.%n", report.requestsSent(), report.inputTokens(), report.outputTokens(),
                report.notRun() > 0 ? ", " + report.notRun() + " requests not run (budget or stop)" : ""));
        return out.toString();
    }

    public static String renderComparison(List<ReportComparison.CategoryChange> changes) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %13s %13s %9s  %s%n", "category", "before", "after", "p", "verdict"));
        for (ReportComparison.CategoryChange c : changes) {
            out.append(String.format(Locale.ROOT, "%-24s %5.1f%% %3d/%-3d %5.1f%% %3d/%-3d %9.4f  %s%s%n", c.category(), c.beforePercent(),
                    c.beforeResisted(), c.beforeClusters(), c.afterPercent(), c.afterResisted(), c.afterClusters(), c.pValue(), c.verdict(),
                    c.intervalsOverlap() ? "" : " (95% intervals do not overlap)"));
        }
        return out.toString();
    }
}
