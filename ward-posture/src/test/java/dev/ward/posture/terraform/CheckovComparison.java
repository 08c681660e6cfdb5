package dev.ward.posture.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.PostureChecks;
import dev.ward.posture.PostureDocument;
import dev.ward.posture.source.SourceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs Ward's Terraform rules over Checkov's AI/ML fixtures and compares, resource by resource, with the pass/fail
 * that Checkov's own tests assert ({@code shared/datasets/posture/checkov/expected.jsonl}). Ward's rules are its own;
 * each names the Checkov id it corresponds to in {@link PostureCheck#equivalents()}.
 */
public final class CheckovComparison {

    public record ResourceResult(String address, boolean checkovFails, boolean wardFails) {
        boolean agrees() {
            return checkovFails == wardFails;
        }
    }

    public record CheckResult(String checkovId, String title, List<String> wardRules, List<ResourceResult> resources) {
        public boolean covered() {
            return !wardRules.isEmpty();
        }

        public long agreed() {
            return resources.stream().filter(ResourceResult::agrees).count();
        }
    }

    public record Summary(List<CheckResult> checks) {
        public long covered() {
            return checks.stream().filter(CheckResult::covered).count();
        }

        public double agreement() {
            long total = checks.stream().filter(CheckResult::covered).mapToLong(c -> c.resources().size()).sum();
            long agreed = checks.stream().filter(CheckResult::covered).mapToLong(CheckResult::agreed).sum();
            return total == 0 ? 0 : (double) agreed / total;
        }
    }

    private CheckovComparison() {
    }

    /** The dataset folder, found by walking up from the working directory to a {@code shared/} beside the checkout. */
    public static Optional<Path> locateDataset() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/posture/checkov/expected.jsonl");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.getParent());
            }
        }
        return Optional.empty();
    }

    public static Summary run(Path dataset) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<TerraformResourceCheck> rules = PostureChecks.standard().all().stream()
                .filter(c -> c instanceof TerraformResourceCheck).map(c -> (TerraformResourceCheck) c).toList();
        List<CheckResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(dataset.resolve("expected.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode expected = json.readTree(line);
            String id = expected.path("check_id").asText();
            List<TerraformResourceCheck> equivalent = rules.stream().filter(r -> r.equivalents().contains(id)).toList();
            TerraformModule module = load(dataset.resolve(expected.path("fixture").asText()));
            List<ResourceResult> resources = new ArrayList<>();
            if (!equivalent.isEmpty()) {
                expected.path("pass").forEach(a -> resources.add(compare(a.asText(), false, module, equivalent)));
                expected.path("fail").forEach(a -> resources.add(compare(a.asText(), true, module, equivalent)));
            }
            results.add(new CheckResult(id, expected.path("title").asText(),
                    equivalent.stream().map(r -> r.info().id()).toList(), resources));
        }
        return new Summary(results);
    }

    private static ResourceResult compare(String address, boolean checkovFails, TerraformModule module,
                                          List<TerraformResourceCheck> equivalent) {
        boolean wardFails = false;
        for (TerraformResource resource : module.resources()) {
            if (!resource.address().equals(address)) {
                continue;
            }
            for (TerraformResourceCheck rule : equivalent) {
                if (rule.resourceTypes().contains(resource.type())
                        && rule.evaluate(resource, module) instanceof Verdict.Fail) {
                    wardFails = true;
                }
            }
        }
        return new ResourceResult(address, checkovFails, wardFails);
    }

    private static TerraformModule load(Path fixture) throws IOException {
        Path dir = Files.isDirectory(fixture) ? fixture : fixture.getParent();
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path tf : entries.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
                files.add(new SourceFile(tf, Files.readString(tf)));
            }
        }
        for (PostureDocument document : new TerraformReader().read(dir, files)) {
            if (document instanceof TerraformModule module) {
                return module;
            }
        }
        throw new IOException("no Terraform module could be read from " + dir);
    }

    public static void print(Summary summary, PrintStream out) {
        out.printf("%-14s %-48s %-9s %s%n", "checkov id", "ward rule", "agree", "disagreements");
        for (CheckResult check : summary.checks()) {
            String rule = check.covered() ? String.join(",", check.wardRules()) : "(not covered)";
            String agree = check.covered() ? check.agreed() + "/" + check.resources().size() : "-";
            List<String> diffs = check.resources().stream().filter(r -> !r.agrees())
                    .map(r -> r.address() + " (checkov " + (r.checkovFails() ? "fail" : "pass") + ", ward "
                            + (r.wardFails() ? "fail" : "pass") + ")").toList();
            out.printf("%-14s %-48s %-9s %s%n", check.checkovId(), rule, agree, String.join("; ", diffs));
        }
        out.printf("coverage: %d/%d Checkov AI/ML checks%n", summary.covered(), summary.checks().size());
        out.printf("agreement on covered checks: %.4f%n", summary.agreement());
    }

    public static void main(String[] args) throws IOException {
        Path dataset = args.length > 0 ? Path.of(args[0]) : locateDataset()
                .orElseThrow(() -> new IOException("shared/datasets/posture/checkov not found above " + System.getProperty("user.dir")));
        print(run(dataset), System.out);
    }
}
