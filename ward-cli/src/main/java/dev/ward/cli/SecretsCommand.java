package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsScanner;
import dev.ward.secrets.SecretsSummary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "secrets", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Find leaked credentials, personal data and chat transcripts in folders,",
                "git history, archives, notebooks, HAR files, chat logs and standard input.",
                "Every secret is masked in every output."},
        footer = {"", "Examples:",
                "  ward secrets .                 this folder, honouring .gitignore files",
                "  ward secrets . --git           every blob in the history, once each",
                "  ward secrets . -f sarif -o ward.sarif --fail-on high --baseline b.json",
                "  kubectl logs pod/api | ward secrets -"})
final class SecretsCommand implements Callable<Integer> {

    /** Where {@code -} reads from; tests replace it. */
    static InputStream stdin = System.in;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folder, file, archive, repository (with --git), or - for standard input.")
    List<String> paths;

    @Option(names = "--git", description = "Scan every blob reachable from any ref of the repository at PATH, once each, instead of its files.")
    boolean git;

    @Option(names = "--no-gitignore", description = "Scan files that .gitignore files exclude, too.")
    boolean noGitignore;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip matching paths: a glob without '/' matches a name anywhere (*.min.js), one with '/' the relative path (docs/**). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Do not report secrets listed in this baseline (hashes only).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every secret found to FILE as a baseline (hashes, rules, paths; no secrets).")
    Path writeBaseline;

    @Option(names = "--rules", paramLabel = "FILE", description = "A YAML secret-rules file that adds to, replaces or disables built-in rules by id.")
    Path rules;

    @Option(names = "--verify", description = "Ask each secret's own provider, read-only, whether it works (sends the secret to that provider only).")
    boolean verify;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Skip files and blobs larger than this, e.g. 10MB (default: 100MB).")
    Long maxFileSize;

    @Option(names = "--threads", paramLabel = "N", description = "Scanning threads (default: one per core).")
    Integer threads;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        output.validate();
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("--baseline " + baseline + " does not exist");
        }
        if (rules != null && !Files.isRegularFile(rules)) {
            throw new IllegalArgumentException("--rules " + rules + " does not exist");
        }
        SecretsOptions options = new SecretsOptions().gitHistory(git).gitignore(!noGitignore).excludes(excludes)
                .baseline(baseline).writeBaseline(writeBaseline).rulesFile(rules).verify(verify);
        if (maxFileSize != null) {
            options.maxFileSize(maxFileSize);
        }
        if (threads != null) {
            options.threads(threads);
        }
        SecretsScanner scanner = new SecretsScanner(options);
        Instant started = Instant.now();
        ScanCollector collector = new ScanCollector();
        SecretsSummary summary = scanner.scan(paths, stdin, collector);
        summary.lines().forEach(spec.commandLine().getErr()::println);
        ScanResult result = collector.result(WardVersion.tool(), "secrets", paths, started);
        return output.emit(result, spec.commandLine().getOut());
    }
}
