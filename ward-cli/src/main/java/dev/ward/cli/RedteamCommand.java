package dev.ward.cli;

import dev.ward.redteam.Redteam;
import dev.ward.redteam.RedteamOptions;
import dev.ward.redteam.RedteamReport;
import dev.ward.redteam.RiskCategory;
import dev.ward.redteam.RunBudget;
import dev.ward.redteam.RunEstimate;
import dev.ward.redteam.target.Provider;
import dev.ward.redteam.target.TargetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "redteam", mixinStandardHelpOptions = true, versionProvider = WardVersion.class, sortOptions = false,
        description = {"Attack a deployed model endpoint and score it: %% secure per category, with 95%% intervals.",
                "Keys come from environment variables (e.g. OPENAI_API_KEY) and are never printed."},
        footer = {"", "Categories: prompt-injection, jailbreak, system-prompt-leakage, sensitive-data-leakage, hallucination,",
                "  code-security, sentiment-manipulation, false-refusal", "", "Examples:",
                "  ward redteam --provider openai --target http://127.0.0.1:8000/v1 --model my-model",
                "  ward redteam --provider anthropic --target https://api.anthropic.com --model claude-x --dry-run",
                "  ward redteam ... --format html -o redteam.html --compare last-week.json"})
final class RedteamCommand implements Callable<Integer> {

    @Option(names = "--target", required = true, paramLabel = "URL", description = "Endpoint base URL.")
    String target;
    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model or deployment name.")
    String model;
    @Option(names = "--provider", defaultValue = "openai", paramLabel = "NAME",
            description = "openai, azure, anthropic, vertex, ollama, bedrock or http (default: ${DEFAULT-VALUE}).")
    String provider;
    @Option(names = "--system-prompt", paramLabel = "TEXT|@FILE", description = "The app's own system prompt, under test.")
    String systemPrompt;
    @Option(names = "--categories", paramLabel = "LIST", description = "Comma-separated categories (default: all).")
    String categories;
    @Option(names = "--samples", defaultValue = "3", paramLabel = "N", description = "Tries per probe (default: ${DEFAULT-VALUE}).")
    int samples;
    @Option(names = "--temperature", defaultValue = "0.7", paramLabel = "T") double temperature;
    @Option(names = "--top-p", paramLabel = "P") Double topP;
    @Option(names = "--max-tokens", defaultValue = "512", paramLabel = "N", description = "Most tokens per answer.") int maxTokens;
    @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N") int concurrency;
    @Option(names = "--rpm", defaultValue = "0", paramLabel = "N", description = "Requests per minute (0: no limit).") double rpm;
    @Option(names = "--tpm", defaultValue = "0", paramLabel = "N", description = "Tokens per minute (0: no limit).") double tpm;
    @Option(names = "--max-requests", defaultValue = "0", paramLabel = "N") long maxRequests;
    @Option(names = "--max-tokens-total", defaultValue = "0", paramLabel = "N") long maxTokensTotal;
    @Option(names = "--max-cost", defaultValue = "0", paramLabel = "USD") double maxCost;
    @Option(names = "--price-in", defaultValue = "0", paramLabel = "USD", description = "USD per million input tokens.") double priceIn;
    @Option(names = "--price-out", defaultValue = "0", paramLabel = "USD", description = "USD per million output tokens.") double priceOut;
    @Option(names = "--dry-run", description = "Print the estimate (requests, tokens, cost) and stop.") boolean dryRun;
    @Option(names = "--journal", paramLabel = "FILE", description = "Append-only JSONL journal (default: ward-redteam.jsonl).") Path journal;
    @Option(names = "--resume", description = "Continue the journal without repeating answered requests.") boolean resume;
    @Option(names = "--rescore", description = "Score the journal again with today's detectors; sends nothing.") boolean rescore;
    @Option(names = "--compare", paramLabel = "FILE", description = "A previous JSON report: say which changes are significant.") Path compare;
    @Option(names = "--seed", defaultValue = "5") long seed;
    @Option(names = "--api-key-env", paramLabel = "NAME") String apiKeyEnv;
    @Option(names = "--api-version", paramLabel = "V", description = "Azure OpenAI api-version.") String apiVersion;
    @Option(names = "--region", paramLabel = "R", description = "AWS region (Bedrock).") String region;
    @Option(names = "--request-template", paramLabel = "JSON", description = "http provider: body with {{prompt}}.") String requestTemplate;
    @Option(names = "--response-path", paramLabel = "PATH", description = "http provider: JSON path of the answer.") String responsePath;
    @Option(names = "--header", paramLabel = "'Name: value'", description = "Extra header; values may use ${env:NAME}.") List<String> headers;
    @Option(names = "--dataset", paramLabel = "[FORMAT=]PATH", description = "A public benchmark file to run as probes.") List<String> datasets;
    @Option(names = "--dataset-limit", defaultValue = "0", paramLabel = "N") int datasetLimit;
    @Option(names = "--no-ward-probes", description = "Run only the datasets.") boolean noWardProbes;
    @Option(names = "--judge-provider", paramLabel = "NAME") String judgeProvider;
    @Option(names = "--judge-url", paramLabel = "URL") String judgeUrl;
    @Option(names = "--judge-model", paramLabel = "NAME") String judgeModel;
    @Option(names = "--judge-key-env", paramLabel = "NAME") String judgeKeyEnv;
    @Option(names = "--judge-votes", defaultValue = "3", paramLabel = "N") int judgeVotes;
    @Option(names = "--semantic", description = "Also check refusals by meaning with a local embedding model (CPU, offline), "
            + "after the rules and before any judge.") boolean semantic;
    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS") int timeoutSeconds;
    @Option(names = "--retries", defaultValue = "4", paramLabel = "N") int retries;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        output.validate();
        RedteamOptions options = options();
        if (dryRun) {
            RunEstimate estimate = Redteam.estimate(options);
            spec.commandLine().getOut().println(estimate.describe());
            return ExitCode.CLEAN;
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        RedteamReport report = Redteam.run(options, progress);
        progress.done();
        RedteamReport previous = compare == null ? null : RedteamOutput.readPrevious(compare);
        return new RedteamOutput(output, spec.commandLine()).emit(report, previous);
    }

    RedteamOptions options() {
        if (compare != null && !Files.isRegularFile(compare)) {
            throw new IllegalArgumentException("--compare " + compare + ": no such file");
        }
        if (samples < 1 || concurrency < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("--samples, --concurrency and --max-tokens must be at least 1");
        }
        List<RiskCategory> chosen = categories == null ? List.of() : RiskCategory.parseList(categories);
        TargetSpec judge = judgeUrl == null ? null
                : new TargetSpec(Provider.parse(judgeProvider == null ? "openai" : judgeProvider), judgeUrl, judgeModel,
                        judgeKeyEnv, null, null, null, null, Map.of());
        RunBudget budget = new RunBudget(maxRequests, maxTokensTotal, maxCost, priceIn, priceOut);
        return new RedteamOptions(target, model, Provider.parse(provider), systemPrompt, chosen, samples, output.format, output.output,
                temperature, topP, maxTokens, concurrency, rpm, tpm, budget, dryRun, journal, resume, rescore, compare, seed,
                apiKeyEnv, apiVersion, region, requestTemplate, responsePath, headerMap(), datasets, datasetLimit, noWardProbes,
                judge, judgeVotes, timeoutSeconds, retries, semantic);
    }

    private Map<String, String> headerMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String header : headers == null ? List.<String>of() : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header '" + header + "' must look like 'Name: value'");
            }
            map.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        return map;
    }
}
