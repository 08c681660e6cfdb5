package dev.ward.detect.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.detect.Category;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.KnownPasswordKeyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs Ward's standard scanner over the peers' own fixtures in {@code shared/datasets/secrets} and scores it against
 * what each peer expects, rule by rule, through {@link PeerRuleMapping}. Public only so that exec-maven-plugin 3.5
 * (pinned in ward-detect's pom since the rule bundle) can start its {@code main}.
 */
public final class PeerQuality {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContentScanner SCANNER = ContentScanner.standard();
    /** {@code -Dquality.misses=true}: print where each false negative and false positive is (no values). */
    private static final boolean MISSES = Boolean.getBoolean("quality.misses");

    private PeerQuality() {
    }

    /** {@code shared/datasets/secrets}, found by walking up from the working directory; empty when absent. */
    public static Optional<Path> secretsDatasets() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/secrets");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Detection> secrets(String text) {
        return SCANNER.scan(text).stream().filter(d -> d.category() == Category.SECRET).toList();
    }

    /** A binary file, as {@code ward secrets} sees it: only a key store that opens is a detection. */
    private static List<Detection> binarySecrets(byte[] bytes) {
        return KnownPasswordKeyStore.find(bytes, 0, bytes.length).stream().toList();
    }

    private static void miss(String kind, String peerRule, String where, List<Detection> found) {
        if (MISSES) {
            System.out.println("  " + kind + " " + peerRule + " @ " + where + " ward="
                    + found.stream().map(d -> d.ruleId() + "[" + d.start() + "," + d.end() + ")").toList());
        }
    }

    private static boolean anyAnswers(List<Detection> found, List<String> wardRules) {
        return found.stream().anyMatch(d -> PeerRuleMapping.answers(wardRules, d.ruleId()));
    }

    /** gitleaks' per-rule samples: a positive must be found by a mapped rule, a negative must not be. */
    static QualityReport gitleaks(Path datasets) throws IOException {
        QualityReport report = new QualityReport("gitleaks-samples.jsonl");
        int lineNumber = 0;
        java.util.Set<String> peerLiterals = PeerExclusions.gitleaksLiteralAllowlist(datasets);
        for (String line : Files.readAllLines(datasets.resolve("gitleaks-samples.jsonl"))) {
            lineNumber++;
            JsonNode sample = JSON.readTree(line);
            String rule = sample.path("rule").asText();
            boolean positive = sample.path("expect").asText().equals("positive");
            if (sample.has("path")) {
                report.skipped++; // path-dependent samples: the expectation is about a file name, not text
                continue;
            }
            List<String> ward = PeerRuleMapping.GITLEAKS.get(rule);
            QualityReport.Tally tally;
            Optional<String> exclusion = ward == null ? Optional.empty()
                    : PeerExclusions.gitleaks(rule, positive, sample.path("text").asText(), peerLiterals);
            if (exclusion.isPresent()) {
                tally = report.excluded(exclusion.get());
            } else if (ward != null) {
                tally = report.covered(rule);
            } else if (PeerRuleMapping.GITLEAKS_GENERIC.containsKey(rule)) {
                ward = PeerRuleMapping.GITLEAKS_GENERIC.get(rule);
                tally = report.generic(rule);
            } else {
                report.uncovered(rule);
                continue;
            }
            List<Detection> detections = secrets(sample.path("text").asText());
            boolean found = anyAnswers(detections, ward);
            if (positive && found) {
                tally.truePositives++;
            } else if (positive) {
                tally.falseNegatives++;
                miss("FN", rule, "gitleaks-samples.jsonl:" + lineNumber, detections);
            } else if (found) {
                tally.falsePositives++;
                miss("FP", rule, "gitleaks-samples.jsonl:" + lineNumber, detections);
            }
        }
        return report;
    }

    /**
     * secretlint's snapshots: every expected message of an {@code ng} snapshot must be overlapped by a mapped
     * detection; every mapped detection that overlaps no expected message (in {@code ok} snapshots, any) is a false
     * positive. Snapshots whose {@code .secretlintrc.json} sets rule options (allow-lists, opt-in checks) are skipped.
     */
    static QualityReport secretlint(Path datasets) throws IOException {
        QualityReport report = new QualityReport("secretlint ok/ng snapshots");
        try (Stream<Path> ruleDirs = Files.list(datasets.resolve("secretlint"))) {
            for (Path ruleDir : ruleDirs.filter(Files::isDirectory).sorted().toList()) {
                String rule = ruleDir.getFileName().toString();
                List<String> ward = PeerRuleMapping.SECRETLINT.get(rule);
                Path snapshots = ruleDir.resolve("test/snapshots");
                if (!Files.isDirectory(snapshots)) {
                    continue;
                }
                try (Stream<Path> cases = Files.list(snapshots)) {
                    for (Path snapshot : cases.filter(Files::isDirectory).sorted().toList()) {
                        scoreSnapshot(report, rule, ward, snapshot);
                    }
                }
            }
        }
        return report;
    }

    private static void scoreSnapshot(QualityReport report, String rule, List<String> ward, Path snapshot)
            throws IOException {
        String name = snapshot.getFileName().toString();
        boolean ng = name.startsWith("ng.");
        Path config = snapshot.resolve(".secretlintrc.json");
        Path inputFile;
        try (Stream<Path> files = Files.list(snapshot)) {
            inputFile = files.filter(p -> p.getFileName().toString().startsWith("input")).findFirst().orElse(null);
        }
        boolean optionDependent = Files.exists(config) && Files.readString(config).contains("\"options\"");
        if (!(ng || name.startsWith("ok.")) || optionDependent || inputFile == null
                || !Files.exists(snapshot.resolve("output.json"))) {
            report.skipped++;
            return;
        }
        if (ward == null) {
            report.uncovered(rule);
            return;
        }
        QualityReport.Tally tally = report.covered(rule);
        byte[] bytes = Files.readAllBytes(inputFile);
        JsonNode output = JSON.readTree(snapshot.resolve("output.json").toFile());
        // secretlint judges a binary input as a whole (its range spans its lossy text); Ward opens it as bytes
        boolean binary = output.path("sourceContentType").asText().equals("binary");
        String input = binary ? "" : new String(bytes, StandardCharsets.UTF_8);
        List<int[]> expected = new ArrayList<>();
        for (JsonNode message : output.path("messages")) {
            expected.add(binary ? new int[] {0, bytes.length}
                    : new int[] {message.path("range").path(0).asInt(), message.path("range").path(1).asInt()});
        }
        List<Detection> all = binary ? binarySecrets(bytes) : secrets(input);
        List<Detection> found = all.stream().filter(d -> PeerRuleMapping.answers(ward, d.ruleId())).toList();
        for (int[] range : expected) {
            boolean hit = found.stream().anyMatch(d -> d.start() < range[1] && range[0] < d.end());
            String value = !binary && range[1] <= input.length() && range[0] < range[1]
                    ? input.substring(range[0], range[1]) : null;
            Optional<String> exclusion = PeerExclusions.secretlint(rule, name, value);
            if (exclusion.isPresent()) {
                QualityReport.Tally excluded = report.excluded(exclusion.get());
                if (hit) {
                    excluded.truePositives++;
                } else {
                    excluded.falseNegatives++;
                }
            } else if (hit) {
                tally.truePositives++;
            } else {
                tally.falseNegatives++;
                miss("FN", rule, inputFile + " [" + range[0] + "," + range[1] + ")", all);
            }
        }
        for (Detection d : found) {
            if (expected.stream().noneMatch(range -> d.start() < range[1] && range[0] < d.end())) {
                Optional<String> exclusion = PeerExclusions.secretlint(rule, name, null)
                        .or(() -> PeerExclusions.secretlintUnexpected(rule, name));
                (exclusion.isPresent() ? report.excluded(exclusion.get()) : tally).falsePositives++;
                miss("FP", rule, inputFile.toString(), List.of(d));
            }
        }
    }

    /**
     * CredSweeper's samples against its default-settings output: each expected finding of a mapped rule must have a
     * mapped detection on one of its lines; a mapped detection is a false positive when CredSweeper reported nothing
     * (under any rule) on its lines. Binary samples are skipped: CredSweeper does not open them at depth 0.
     */
    static QualityReport credSweeper(Path datasets) throws IOException {
        QualityReport report = new QualityReport("CredSweeper samples (expected/output.json)");
        Path root = datasets.resolve("credsweeper");
        Map<String, List<JsonNode>> findingsByFile = new HashMap<>();
        for (JsonNode finding : JSON.readTree(root.resolve("expected/output.json").toFile())) {
            String file = Path.of(finding.path("line_data_list").path(0).path("path").asText()).getFileName().toString();
            findingsByFile.computeIfAbsent(file, k -> new ArrayList<>()).add(finding);
        }
        List<String> claimed = new ArrayList<>();
        PeerRuleMapping.CREDSWEEPER.values().forEach(claimed::addAll);
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (isBinary(bytes)) {
                    report.skipped++;
                    continue;
                }
                scoreCredSweeperFile(report, file.getFileName().toString(), bytes, findingsByFile.getOrDefault(file.getFileName().toString(), List.of()),
                        claimed);
            }
        }
        return report;
    }

    private static void scoreCredSweeperFile(QualityReport report, String file, byte[] bytes, List<JsonNode> expected,
                                             List<String> claimed) {
        List<Detection> found = SCANNER.scan(bytes, 0, bytes.length).stream()
                .filter(d -> d.category() == Category.SECRET).toList();
        int[] lineStarts = lineStarts(bytes);
        for (JsonNode finding : expected) {
            String rule = finding.path("rule").asText();
            List<String> ward = PeerRuleMapping.CREDSWEEPER.get(rule);
            QualityReport.Tally tally;
            if (ward != null) {
                tally = report.covered(rule);
            } else if (PeerRuleMapping.CREDSWEEPER_GENERIC.containsKey(rule)) {
                ward = PeerRuleMapping.CREDSWEEPER_GENERIC.get(rule);
                tally = report.generic(rule);
            } else {
                report.uncovered(rule);
                continue;
            }
            List<String> mapped = ward;
            boolean hit = found.stream().anyMatch(d -> PeerRuleMapping.answers(mapped, d.ruleId())
                    && coversAnyLine(d, finding, lineStarts));
            JsonNode firstLine = finding.path("line_data_list").path(0);
            Optional<String> exclusion = tally == report.covered.get(rule) ? PeerExclusions.credSweeper(file,
                    firstLine.path("line_num").asInt(), firstLine.path("value").asText(null)) : Optional.empty();
            if (exclusion.isPresent()) {
                tally = report.excluded(exclusion.get());
            }
            if (hit) {
                tally.truePositives++;
            } else {
                tally.falseNegatives++;
                miss("FN", rule, file + ":" + finding.path("line_data_list").path(0).path("line_num").asInt(), found);
            }
        }
        for (Detection d : found) {
            if (PeerRuleMapping.answers(claimed, d.ruleId())
                    && expected.stream().noneMatch(finding -> coversAnyLine(d, finding, lineStarts))) {
                Optional<String> exclusion = PeerExclusions.credSweeper(file, lineOf(d.start(), lineStarts), null);
                (exclusion.isPresent() ? report.excluded(exclusion.get())
                        : report.covered("(Ward detections CredSweeper did not report)")).falsePositives++;
                miss("FP", "-", file + ":" + lineOf(d.start(), lineStarts), List.of(d));
            }
        }
    }

    private static boolean coversAnyLine(Detection d, JsonNode finding, int[] lineStarts) {
        int first = lineOf(d.start(), lineStarts);
        int last = lineOf(Math.max(d.start(), d.end() - 1), lineStarts);
        for (JsonNode line : finding.path("line_data_list")) {
            int n = line.path("line_num").asInt();
            if (n >= first && n <= last) {
                return true;
            }
        }
        return false;
    }

    private static int[] lineStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a byte offset. */
    private static int lineOf(int offset, int[] lineStarts) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Prints every report; {@code bench/detect-quality.sh} runs this. */
    public static void main(String[] args) throws IOException {
        Path datasets = secretsDatasets().orElseThrow(() -> new IllegalStateException(
                "shared/datasets/secrets not found above " + System.getProperty("user.dir")));
        QualityReport.Tally all = new QualityReport.Tally();
        QualityReport.Tally withExcluded = new QualityReport.Tally();
        for (QualityReport report : List.of(gitleaks(datasets), secretlint(datasets), credSweeper(datasets))) {
            System.out.println(report.render(true));
            all.add(report.overall());
            withExcluded.add(report.overallWithExcluded());
        }
        System.out.println("ALL PEER DATASETS, covered rules: " + all);
        System.out.println("ALL PEER DATASETS, covered rules, excluded samples counted too: " + withExcluded);
    }
}
