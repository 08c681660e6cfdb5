package dev.ward.secrets;

import dev.ward.secrets.content.HitSink.SkipReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scan covered and left out, for the one line a person reads on standard error.
 *
 * @param scannedBytes       bytes of content that went through the detectors
 * @param skipped            content skipped on purpose, by reason
 * @param problems           pieces of content that could not be scanned (each is also a {@code secrets.unreadable} finding)
 * @param inBaseline         findings left out because the baseline lists them
 * @param verified           secrets a provider was asked about (with --verify)
 */
public record SecretsSummary(List<String> sources, long scannedBytes, Duration elapsed, Map<SkipReason, Long> skipped,
                             int problems, int findings, int inBaseline, int verified) {

    public double megabytesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return scannedBytes / 1e6 / seconds;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "ward: scanned %,.1f MB in %.1f s (%,.0f MB/s) from %s: %d finding(s)",
                scannedBytes / 1e6, elapsed.toMillis() / 1000.0, megabytesPerSecond(), String.join(", ", sources), findings));
        if (!skipped.isEmpty()) {
            List<String> parts = new ArrayList<>();
            skipped.forEach((reason, count) -> parts.add(count + " " + reason.description()));
            lines.add("ward: files skipped or degraded: " + String.join("; ", parts));
        }
        if (problems > 0) {
            lines.add("ward: " + problems + " item(s) could not be scanned; see the secrets.unreadable findings");
        }
        if (inBaseline > 0) {
            lines.add("ward: " + inBaseline + " finding(s) already in the baseline were not reported");
        }
        if (verified > 0) {
            lines.add("ward: asked providers about " + verified + " distinct secret(s) (--verify)");
        }
        return lines;
    }
}
