package dev.ward.secrets;

import dev.ward.core.Asset;
import dev.ward.core.Finding;
import dev.ward.core.Fingerprint;
import dev.ward.core.Location;
import dev.ward.core.ScanListener;
import dev.ward.detect.Category;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.SecretRuleException;
import dev.ward.detect.SecretRules;
import dev.ward.secrets.content.ContentScan;
import dev.ward.secrets.content.DetectionEngine;
import dev.ward.secrets.content.Origin;
import dev.ward.secrets.content.SecretHit;
import dev.ward.secrets.source.ArchiveScan;
import dev.ward.secrets.source.PathExcludes;
import dev.ward.secrets.source.ScanPipeline;
import dev.ward.secrets.source.SecretSource;
import dev.ward.secrets.source.SourceContext;
import dev.ward.secrets.verify.LiveVerifier;
import dev.ward.secrets.verify.Verification;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ward secrets}: reads every source, scans its content on all cores with bounded memory, and raises one finding
 * per secret and place, less what the baseline already accepts. Everything the user can get wrong (paths, rules,
 * baseline, globs) is checked when the scanner is built or the targets resolved, before any scanning.
 */
public final class SecretsScanner {

    private static final Verification NOT_VERIFIABLE =
            Verification.unknown("Ward has no read-only check for this kind of credential");

    private final SecretsOptions options;
    private final SecretRules rules;
    private final Baseline baseline;
    private final PathExcludes excludes;
    private final LiveVerifier verifier;

    public SecretsScanner(SecretsOptions options) {
        this(options, options.verify() ? new LiveVerifier() : null);
    }

    /** With a given verifier (null: no verification), for example one whose providers are loopback stand-ins. */
    public SecretsScanner(SecretsOptions options, LiveVerifier verifier) {
        this.options = options;
        this.rules = loadRules(options);
        this.baseline = options.baseline() == null ? Baseline.empty() : Baseline.load(options.baseline());
        this.excludes = new PathExcludes(options.excludes());
        this.verifier = verifier;
    }

    private static SecretRules loadRules(SecretsOptions options) {
        if (options.rulesFile() == null) {
            return SecretRules.standard();
        }
        try {
            return SecretRules.load(options.rulesFile());
        } catch (SecretRuleException | UncheckedIOException e) {
            throw new IllegalArgumentException("bad --rules file: " + e.getMessage());
        }
    }

    public SecretsSummary scan(List<String> targets, InputStream stdin, ScanListener listener) {
        List<SecretSource> sources = Sources.forTargets(targets, options, stdin);
        long started = System.nanoTime();
        HitCollector collector = new HitCollector();
        // The standard scanner is the one the launcher starts building at once, and the one redaction uses.
        ContentScanner scanner = options.rulesFile() == null ? ContentScanner.standard() : ContentScanner.of(rules);
        ContentScan content = new ContentScan(new DetectionEngine(scanner), options.decodeDepth());
        try (ScanPipeline pipeline = new ScanPipeline(options.threads(),
                failure -> collector.problem(Origin.file("?"), "scan failed: " + failure))) {
            SourceContext context = new SourceContext(pipeline, content, new ArchiveScan(options.archiveLimits()),
                    collector, excludes, options.maxFileSize());
            List<Thread> feeders = new ArrayList<>();
            for (SecretSource source : sources) {
                feeders.add(Thread.ofPlatform().name("ward-source").daemon().start(() -> source.feed(context)));
            }
            for (Thread feeder : feeders) {
                feeder.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<SecretHit> hits = collector.hits();
        for (SecretSource source : sources) {
            hits = source.finish(hits);
        }
        Map<String, Verification> verdicts = verify(hits);
        List<SecretFinding> secretFindings = new SecretFindings(new SecretChecks(rules)).build(hits,
                (provider, value) -> verdicts.get(provider + "\u001f" + value));
        if (options.writeBaseline() != null) {
            Baseline.write(options.writeBaseline(), secretFindings.stream().map(SecretFinding::baselineEntry).toList());
        }
        List<Finding> findings = new ArrayList<>();
        int inBaseline = 0;
        for (SecretFinding f : secretFindings) {
            if (baseline.contains(f.baselineEntry())) {
                inBaseline++;
            } else {
                findings.add(f.finding());
            }
        }
        List<HitCollector.Problem> problems = collector.problems();
        problems.forEach(p -> findings.add(unreadable(p)));
        emit(findings, listener);
        return new SecretsSummary(sources.stream().map(SecretSource::describe).toList(), collector.scannedBytes(),
                Duration.ofNanos(System.nanoTime() - started), collector.skippedCounts(), problems.size(), findings.size(),
                inBaseline, (int) verdicts.values().stream().filter(v -> v != NOT_VERIFIABLE).count());
    }

    /** Asks each distinct secret's provider once; secrets Ward cannot verify are marked unknown. */
    private Map<String, Verification> verify(List<SecretHit> hits) {
        Map<String, Verification> verdicts = new HashMap<>();
        if (verifier == null) {
            return verdicts;
        }
        for (SecretHit hit : SecretFindings.distinct(hits)) {
            if (hit.detection().category() != Category.SECRET) {
                continue;
            }
            String key = hit.detection().provider() + "\u001f" + hit.detection().value();
            verdicts.computeIfAbsent(key, k -> verifier.verify(hit.detection().provider(), hit.detection().value())
                    .orElse(NOT_VERIFIABLE));
        }
        return verdicts;
    }

    private static Finding unreadable(HitCollector.Problem problem) {
        Origin origin = problem.origin();
        return new Finding(SecretChecks.UNREADABLE.id(), SecretChecks.UNREADABLE.title(), SecretChecks.UNREADABLE.severity(),
                origin.asset(), origin.path() + ": " + problem.reason(), List.of(), SecretChecks.UNREADABLE.remediation(),
                SecretChecks.UNREADABLE.controls(), Location.of(origin.path()), origin.facts(),
                Fingerprint.of(SecretChecks.UNREADABLE.id(), origin.path(), problem.reason()));
    }

    private static void emit(List<Finding> findings, ScanListener listener) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        findings.forEach(f -> assets.putIfAbsent(f.asset().address(), f.asset()));
        assets.values().forEach(listener::asset);
        findings.forEach(listener::finding);
    }
}
