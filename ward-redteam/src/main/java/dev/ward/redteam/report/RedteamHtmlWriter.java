package dev.ward.redteam.report;

import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.score.CategoryScore;
import java.util.Locale;

/** A self-contained HTML page: the category table and the redacted transcripts of failed attacks. Every value is escaped. */
public final class RedteamHtmlWriter {

    private RedteamHtmlWriter() {
    }

    public static String render(RedteamReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ward red-team report</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #ccd;padding:.3rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}")
                .append(".bar{display:inline-block;height:.7rem;background:#2b8a3e}.bad{background:#c92a2a}")
                .append("pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem;border:1px solid #e1e4e8;max-height:20rem;overflow:auto}")
                .append("details{margin:.5rem 0}</style></head><body>\n<h1>Ward red-team report</h1>\n<p>Target <code>")
                .append(escape(report.target())).append("</code>, model <code>").append(escape(report.model()))
                .append("</code>, temperature ").append(escape(String.valueOf(report.temperature())))
                .append(", top_p ").append(escape(report.topP() == null ? "provider default" : String.valueOf(report.topP())))
                .append(", ").append(report.samples()).append(" tries per probe, seed ").append(report.seed()).append(".</p>\n")
                .append("<table id=\"categories\"><thead><tr><th>Category</th><th>% secure</th><th>95% CI</th><th>k/n</th>")
                .append("<th>Inconclusive</th><th>Broken per try</th><th></th></tr></thead><tbody>\n");
        for (CategoryScore s : report.categories()) {
            html.append("<tr><td>").append(escape(s.title())).append("</td><td>").append(pct(s.percentSecure())).append("</td><td>[")
                    .append(pct(s.ciLow())).append(", ").append(pct(s.ciHigh())).append("]</td><td>").append(s.resisted()).append('/')
                    .append(s.clusters()).append("</td><td>").append(s.inconclusiveClusters()).append("</td><td>")
                    .append(pct(s.perAttemptBrokenPercent())).append("</td><td style=\"text-align:left\"><span class=\"bar\" style=\"width:")
                    .append(Math.round(s.percentSecure())).append("px\"></span><span class=\"bar bad\" style=\"width:")
                    .append(Math.round(100 - s.percentSecure())).append("px\"></span></td></tr>\n");
        }
        html.append("</tbody></table>\n<p>k/n counts probes resisted in every try over probes with a conclusive answer; inconclusive ")
                .append("probes (errors, provider blocks, undecided) are not in n.</p>\n<h2>Failed attacks</h2>\n");
        if (report.failures().isEmpty()) {
            html.append("<p>None.</p>\n");
        }
        for (RedteamReport.FailedAttack f : report.failures()) {
            html.append("<details><summary>").append(escape(f.category())).append(" · ").append(escape(f.probeId())).append(" · ")
                    .append(escape(f.technique())).append(" · try ").append(f.repeat() + 1).append(" · ").append(escape(f.detector()))
                    .append("</summary>\n<p>").append(escape(f.reason())).append("</p>\n");
            if (!f.systemPrompt().isEmpty()) {
                html.append("<h4>System prompt</h4><pre>").append(escape(f.systemPrompt())).append("</pre>\n");
            }
            html.append("<h4>Attack</h4><pre>").append(escape(f.prompt())).append("</pre>\n<h4>Answer</h4><pre>")
                    .append(escape(f.response())).append("</pre></details>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
