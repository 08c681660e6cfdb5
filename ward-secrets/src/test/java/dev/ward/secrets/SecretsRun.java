package dev.ward.secrets;

import dev.ward.core.Finding;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** One scan through the public API, with what tests look at. */
public record SecretsRun(SecretsSummary summary, List<Finding> findings) {

    public static SecretsRun of(SecretsOptions options, Path... targets) {
        return of(new SecretsScanner(options), new ByteArrayInputStream(new byte[0]),
                Stream.of(targets).map(Path::toString).toArray(String[]::new));
    }

    public static SecretsRun of(SecretsScanner scanner, InputStream stdin, String... targets) {
        ScanCollector collector = new ScanCollector();
        SecretsSummary summary = scanner.scan(List.of(targets), stdin, collector);
        ScanResult result = collector.result("ward test", "secrets", List.of(targets), Instant.now());
        return new SecretsRun(summary, result.findings());
    }

    public List<Finding> rule(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals("secrets." + ruleId)).toList();
    }

    public List<Finding> unreadable() {
        return rule("unreadable");
    }

    /** Findings whose message carries the masked form of this secret. */
    public List<Finding> of(String secret) {
        String masked = dev.ward.core.Redactor.mask(secret);
        return findings.stream().filter(f -> f.message().contains(masked)).toList();
    }

    /** Every text of every finding, for checks that no secret appears in full. */
    public String allText() {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.message()).append('\n').append(f.properties()).append('\n').append(f.location()).append('\n')
                    .append(f.remediation()).append('\n');
        }
        return text.toString();
    }
}
