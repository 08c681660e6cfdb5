package dev.ward.redteam;

import dev.ward.redteam.target.Provider;
import dev.ward.redteam.target.Sampling;
import dev.ward.redteam.target.TargetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code ward redteam} flags, free of picocli, so the CLI only copies fields across. Flag names in comments.
 *
 * @param target          --target URL
 * @param model           --model NAME
 * @param provider        --provider openai|azure|anthropic|vertex|ollama|bedrock|http (default openai)
 * @param systemPrompt    --system-prompt TEXT|@FILE: the app's own prompt under test
 * @param categories      --categories LIST (comma-separated slugs, or all)
 * @param samples         --samples N: tries per probe (default 3)
 * @param format          --format table|json|html (the CLI picks the writer)
 * @param output          --output FILE
 * @param temperature     --temperature (default 0.7)
 * @param topP            --top-p (default: provider's)
 * @param maxTokens       --max-tokens per answer (default 512)
 * @param concurrency     --concurrency (default 8)
 * @param requestsPerMinute --rpm (0 = unlimited)
 * @param tokensPerMinute --tpm (0 = unlimited)
 * @param budget          --max-requests, --max-tokens-total, --max-cost USD, --price-in, --price-out (USD per million tokens)
 * @param dryRun          --dry-run: estimate and stop
 * @param journal         --journal FILE (default: ward-redteam.jsonl beside the output)
 * @param resume          --resume: continue the journal without repeating answered requests
 * @param rescore         --rescore: build the report from the journal alone, sending nothing
 * @param compare         --compare previous.json
 * @param seed            --seed (default 5); fixes canaries, so a resumed run rebuilds the same probes
 * @param apiKeyEnv       --api-key-env NAME (default per provider, e.g. OPENAI_API_KEY)
 * @param azureApiVersion --api-version
 * @param region          --region (Bedrock)
 * @param requestTemplate --request-template JSON (http provider)
 * @param responsePath    --response-path PATH (http provider)
 * @param headers         --header 'Name: value' (repeatable; values may use ${env:NAME})
 * @param datasets        --dataset [FORMAT=]PATH (repeatable): cyberseceval-prompt-injection, cyberseceval-frr, cyberseceval-interpreter, garak, advbench, bipia
 * @param datasetLimit    --dataset-limit N probes per dataset (0 = all)
 * @param noWardProbes    --no-ward-probes: only the datasets
 * @param judge           --judge-provider/--judge-url/--judge-model/--judge-key-env; null for none
 * @param judgeVotes      --judge-votes (default 3)
 * @param timeoutSeconds  --timeout per request (default 120)
 * @param maxRetries      --retries on 429/5xx (default 4)
 * @param semantic        --semantic: the embedding refusal check (ward-redteam-semantic) after the rules, before the judge
 */
public record RedteamOptions(String target, String model, Provider provider, String systemPrompt, List<RiskCategory> categories,
                             int samples, String format, Path output, double temperature, Double topP, int maxTokens, int concurrency,
                             double requestsPerMinute, double tokensPerMinute, RunBudget budget, boolean dryRun, Path journal,
                             boolean resume, boolean rescore, Path compare, long seed, String apiKeyEnv, String azureApiVersion,
                             String region, String requestTemplate, String responsePath, Map<String, String> headers,
                             List<String> datasets, int datasetLimit, boolean noWardProbes, TargetSpec judge, int judgeVotes,
                             int timeoutSeconds, int maxRetries, boolean semantic) {

    public RedteamOptions {
        provider = provider == null ? Provider.OPENAI : provider;
        categories = List.copyOf(categories == null || categories.isEmpty() ? List.of(RiskCategory.values()) : categories);
        samples = samples <= 0 ? 3 : samples;
        format = format == null ? "table" : format;
        maxTokens = maxTokens <= 0 ? 512 : maxTokens;
        concurrency = concurrency <= 0 ? 8 : concurrency;
        budget = budget == null ? RunBudget.UNLIMITED : budget;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        datasets = List.copyOf(datasets == null ? List.of() : datasets);
        judgeVotes = judgeVotes <= 0 ? 3 : judgeVotes;
        timeoutSeconds = timeoutSeconds <= 0 ? 120 : timeoutSeconds;
        maxRetries = maxRetries < 0 ? 4 : maxRetries;
    }

    /** Without the semantic check. */
    public RedteamOptions(String target, String model, Provider provider, String systemPrompt, List<RiskCategory> categories,
                          int samples, String format, Path output, double temperature, Double topP, int maxTokens, int concurrency,
                          double requestsPerMinute, double tokensPerMinute, RunBudget budget, boolean dryRun, Path journal,
                          boolean resume, boolean rescore, Path compare, long seed, String apiKeyEnv, String azureApiVersion,
                          String region, String requestTemplate, String responsePath, Map<String, String> headers,
                          List<String> datasets, int datasetLimit, boolean noWardProbes, TargetSpec judge, int judgeVotes,
                          int timeoutSeconds, int maxRetries) {
        this(target, model, provider, systemPrompt, categories, samples, format, output, temperature, topP, maxTokens, concurrency,
                requestsPerMinute, tokensPerMinute, budget, dryRun, journal, resume, rescore, compare, seed, apiKeyEnv, azureApiVersion,
                region, requestTemplate, responsePath, headers, datasets, datasetLimit, noWardProbes, judge, judgeVotes, timeoutSeconds,
                maxRetries, false);
    }

    /** Defaults for everything but where to go. */
    public static RedteamOptions defaults(Provider provider, String target, String model) {
        return new RedteamOptions(target, model, provider, null, null, 3, "table", null, 0.7, null, 512, 8, 0, 0, RunBudget.UNLIMITED,
                false, null, false, false, null, 5, null, null, null, null, null, Map.of(), List.of(), 0, false, null, 3, 120, 4);
    }

    public Sampling sampling() {
        return new Sampling(temperature, topP, maxTokens);
    }

    public TargetSpec targetSpec() {
        return new TargetSpec(provider, target, model, apiKeyEnv, azureApiVersion, region, requestTemplate, responsePath, headers);
    }

    /** The system prompt text, reading {@code @FILE}; empty when none. */
    public String systemPromptText() throws IOException {
        if (systemPrompt == null || systemPrompt.isBlank()) {
            return "";
        }
        return systemPrompt.startsWith("@") ? Files.readString(Path.of(systemPrompt.substring(1))) : systemPrompt;
    }

    public Path journalPath() {
        if (journal != null) {
            return journal;
        }
        Path dir = output != null && output.toAbsolutePath().getParent() != null ? output.toAbsolutePath().getParent() : Path.of(".");
        return dir.resolve("ward-redteam.jsonl");
    }

    public RedteamOptions withCategories(List<RiskCategory> value) {
        return new RedteamOptions(target, model, provider, systemPrompt, value, samples, format, output, temperature, topP, maxTokens,
                concurrency, requestsPerMinute, tokensPerMinute, budget, dryRun, journal, resume, rescore, compare, seed, apiKeyEnv,
                azureApiVersion, region, requestTemplate, responsePath, headers, datasets, datasetLimit, noWardProbes, judge, judgeVotes,
                timeoutSeconds, maxRetries, semantic);
    }

    public RedteamOptions withJournal(Path value, boolean resumeRun) {
        return new RedteamOptions(target, model, provider, systemPrompt, categories, samples, format, output, temperature, topP, maxTokens,
                concurrency, requestsPerMinute, tokensPerMinute, budget, dryRun, value, resumeRun, rescore, compare, seed, apiKeyEnv,
                azureApiVersion, region, requestTemplate, responsePath, headers, datasets, datasetLimit, noWardProbes, judge, judgeVotes,
                timeoutSeconds, maxRetries, semantic);
    }

    public RedteamOptions withSemantic(boolean value) {
        return new RedteamOptions(target, model, provider, systemPrompt, categories, samples, format, output, temperature, topP, maxTokens,
                concurrency, requestsPerMinute, tokensPerMinute, budget, dryRun, journal, resume, rescore, compare, seed, apiKeyEnv,
                azureApiVersion, region, requestTemplate, responsePath, headers, datasets, datasetLimit, noWardProbes, judge, judgeVotes,
                timeoutSeconds, maxRetries, value);
    }

    public RedteamOptions withRun(int newSamples, int newConcurrency, RunBudget newBudget, Path journalFile) {
        return new RedteamOptions(target, model, provider, systemPrompt, categories, newSamples, format, output, temperature, topP, maxTokens,
                newConcurrency, requestsPerMinute, tokensPerMinute, newBudget, dryRun, journalFile, resume, rescore, compare, seed, apiKeyEnv,
                azureApiVersion, region, requestTemplate, responsePath, headers, datasets, datasetLimit, noWardProbes, judge, judgeVotes,
                timeoutSeconds, maxRetries, semantic);
    }
}
