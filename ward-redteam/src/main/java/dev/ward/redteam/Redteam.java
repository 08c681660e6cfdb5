package dev.ward.redteam;

import dev.ward.core.ScanListener;
import dev.ward.redteam.detect.LlmJudge;
import dev.ward.redteam.detect.SemanticRefusalCheck;
import dev.ward.redteam.detect.VerdictEngine;
import dev.ward.redteam.journal.Journal;
import dev.ward.redteam.journal.JournalEntry;
import dev.ward.redteam.probe.Probe;
import dev.ward.redteam.target.ChatRequest;
import dev.ward.redteam.target.ChatTarget;
import dev.ward.redteam.target.HttpJsonTransport;
import dev.ward.redteam.target.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The entry points the CLI calls. */
public final class Redteam {

    private Redteam() {
    }

    /** Runs (or, with {@code rescore}, re-scores) as the options say, reading keys from the process environment. */
    public static RedteamReport run(RedteamOptions options, ScanListener listener) throws IOException, InterruptedException {
        return run(options, System.getenv(), listener);
    }

    public static RedteamReport run(RedteamOptions options, Map<String, String> env, ScanListener listener) throws IOException, InterruptedException {
        HttpJsonTransport transport = transport(options);
        ChatTarget target = options.rescore() ? null : options.targetSpec().open(env, transport, Clock.systemUTC());
        return new RedteamRunner(options, target, verdictEngine(options, env, transport), listener).execute();
    }

    /** The estimate {@code --dry-run} prints; sends nothing. */
    public static RunEstimate estimate(RedteamOptions options) throws IOException {
        List<Probe> probes = ProbeSet.build(options);
        String base = options.systemPromptText();
        Map<String, JournalEntry> answered = options.resume() ? Journal.answered(Journal.read(options.journalPath())) : Map.of();
        long requests = 0;
        long input = 0;
        for (Probe probe : probes) {
            ChatRequest request = new ChatRequest(RedteamRunner.systemPrompt(base, probe), probe.turns(), options.sampling());
            for (int repeat = 0; repeat < options.samples(); repeat++) {
                int variants = probe.paired() ? 2 : 1;
                for (int v = 0; v < variants; v++) {
                    if (!answered.containsKey(JournalEntry.key(probe.id(), repeat, v == 0 ? "attack" : "baseline"))) {
                        requests++;
                        input += request.estimatedInputTokens();
                    }
                }
            }
        }
        long output = requests * options.maxTokens();
        RunBudget budget = options.budget();
        double cost = budget.cost(input, output);
        double minutes = Math.max(options.requestsPerMinute() > 0 ? requests / options.requestsPerMinute() : 0,
                options.tokensPerMinute() > 0 ? (input + output / 2.0) / options.tokensPerMinute() : 0);
        boolean fits = (budget.maxRequests() <= 0 || requests <= budget.maxRequests())
                && (budget.maxTokens() <= 0 || input + output <= budget.maxTokens())
                && (budget.maxCostUsd() <= 0 || cost <= budget.maxCostUsd());
        return new RunEstimate(probes.size(), requests, input, output, cost, minutes, fits);
    }

    public static VerdictEngine verdictEngine(RedteamOptions options, Map<String, String> env, HttpJsonTransport transport) {
        SemanticRefusalCheck semantic = null;
        if (options.semantic()) {
            // looked up only when asked for: without --semantic no class of the embedding module (or ONNX) is loaded
            semantic = SemanticRefusalCheck.find().orElseThrow(() -> new IllegalArgumentException(
                    "--semantic needs the ward-redteam-semantic module on the class path"));
        }
        LlmJudge judge = options.judge() == null ? null
                : new LlmJudge(options.judge().open(env, transport, Clock.systemUTC()), options.judgeVotes());
        return new VerdictEngine(judge, semantic);
    }

    static HttpJsonTransport transport(RedteamOptions options) {
        return new HttpJsonTransport(new RetryPolicy(options.maxRetries(), Duration.ofMillis(500), Duration.ofSeconds(60)),
                Duration.ofSeconds(options.timeoutSeconds()));
    }
}
