package dev.ward.redteam;

import dev.ward.core.ScanListener;
import dev.ward.redteam.detect.Exchange;
import dev.ward.redteam.detect.JudgeVotes;
import dev.ward.redteam.detect.VerdictEngine;
import dev.ward.redteam.journal.Journal;
import dev.ward.redteam.journal.JournalEntry;
import dev.ward.redteam.probe.Probe;
import dev.ward.redteam.score.ScoredAttempt;
import dev.ward.redteam.score.Scorer;
import dev.ward.redteam.target.ChatReply;
import dev.ward.redteam.target.ChatRequest;
import dev.ward.redteam.target.ChatTarget;
import dev.ward.redteam.target.ChatTurn;
import dev.ward.redteam.target.TargetException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends every probe {@code samples} times on virtual threads, within the rate limit and budget, journals each answer,
 * and scores the lot. With a resumed journal, answered requests are not sent again.
 */
public final class RedteamRunner {

    private final RedteamOptions options;
    private final ChatTarget target;
    private final VerdictEngine verdicts;
    private final ScanListener listener;
    private volatile boolean stopping;

    public RedteamRunner(RedteamOptions options, ChatTarget target, VerdictEngine verdicts, ScanListener listener) {
        this.options = Objects.requireNonNull(options, "options");
        this.target = target;
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        this.listener = listener == null ? event -> { } : listener;
    }

    /** Stops starting new requests; those in flight finish and are journaled, as after a kill between requests. */
    public void stop() {
        stopping = true;
    }

    public RedteamReport execute() throws IOException, InterruptedException {
        Instant started = Instant.now();
        List<Probe> probes = ProbeSet.build(options);
        String basePrompt = options.systemPromptText();
        List<JournalEntry> previous = options.resume() || options.rescore() ? Journal.read(options.journalPath()) : List.of();
        ProbeSet.checkCompatible(options, probes, previous);
        int requests = 0;
        for (Probe probe : probes) {
            requests += probe.paired() ? 2 : 1;
        }
        requests *= options.samples();
        // sized for every answer up front: growing a concurrent map under load copies it while the senders wait
        Map<String, JournalEntry> results = new ConcurrentHashMap<>(requests);
        results.putAll(Journal.answered(previous));
        decided = new ConcurrentHashMap<>(requests);
        RunBudget.Meter meter = options.budget().meter();
        AtomicLong notRun = new AtomicLong();
        // a re-score without a judge only reads; otherwise the journal takes answers and judge votes
        Journal journal = options.rescore() && !verdicts.hasJudge() ? null : Journal.open(options.journalPath());
        List<ScoredAttempt> attempts;
        long unanswered;
        try {
            VerdictEngine engine = verdicts.withJudgeVotes(JudgeVotes.from(previous, journal == null ? null : journal::append),
                    options.judgeVotes());
            if (!options.rescore()) {
                send(probes, basePrompt, results, meter, notRun, journal, previous.isEmpty(), engine.usesJudge() ? null : engine);
            }
            Map<String, JournalEntry> errors = new HashMap<>();
            for (JournalEntry entry : previous) {
                if ("attempt".equals(entry.type()) && !entry.answered() && entry.key() != null) {
                    errors.put(entry.key(), entry);
                }
            }
            errors.putAll(lastErrors);
            List<Runnable> scoring = new ArrayList<>();
            List<Exchange> exchanges = new ArrayList<>();
            List<JournalEntry> answers = new ArrayList<>();
            List<Integer> repeats = new ArrayList<>();
            long missing = 0;
            for (Probe probe : probes) {
                for (int repeat = 0; repeat < options.samples(); repeat++) {
                    String key = JournalEntry.key(probe.id(), repeat, "attack");
                    JournalEntry attack = results.getOrDefault(key, errors.get(key));
                    if (attack == null) {
                        missing++;
                        continue;
                    }
                    JournalEntry baseline = probe.paired() ? results.get(JournalEntry.key(probe.id(), repeat, "baseline")) : null;
                    Exchange exchange = new Exchange(probe, attack.text(), baseline == null ? null : baseline.text(),
                            Boolean.TRUE.equals(attack.blocked()), attack.error());
                    exchanges.add(exchange);
                    answers.add(attack);
                    repeats.add(repeat);
                }
            }
            unanswered = missing;
            // detectors are independent per attempt: decide them in parallel, each into its own slot, so order is kept
            ScoredAttempt[] slots = new ScoredAttempt[exchanges.size()];
            Map<Probe, String[]> shown = new java.util.IdentityHashMap<>();
            for (Probe probe : probes) {
                shown.put(probe, new String[] {systemPrompt(basePrompt, probe), transcript(probe)});
            }
            for (int i = 0; i < slots.length; i++) {
                int at = i;
                scoring.add(() -> {
                    Exchange exchange = exchanges.get(at);
                    Probe probe = exchange.probe();
                    String[] promptAndTranscript = shown.get(probe);
                    slots[at] = new ScoredAttempt(probe.id(), probe.category(), probe.technique(), probe.source(), repeats.get(at),
                            verdict(answers.get(at), exchange, engine), promptAndTranscript[0], promptAndTranscript[1],
                            answers.get(at).text());
                });
            }
            runAll(scoring, Math.max(options.concurrency(), Runtime.getRuntime().availableProcessors()), null);
            attempts = List.of(slots);
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
        return ReportAssembler.assemble(options, target == null ? options.target() : target.describe(), started, Scorer.score(attempts),
                attempts, meter, Math.max(notRun.get(), unanswered));
    }

    /**
     * Runs the tasks on a fixed crew of virtual threads, each taking the next task: no thread per task and no hand-off,
     * and a sending crew member keeps its own keep-alive connection warm. {@code onDone} sees each finished count.
     */
    private static void runAll(List<Runnable> tasks, int crewSize, java.util.function.LongConsumer onDone) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong done = new AtomicLong();
        int total = tasks.size();
        int crew = Math.min(crewSize, Math.max(1, total));
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < crew; w++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < total && failure.get() == null; i = next.getAndIncrement()) {
                        try {
                            tasks.get(i).run();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                        long finished = done.incrementAndGet();
                        if (onDone != null) {
                            onDone.accept(finished);
                        }
                    }
                });
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private final Map<String, JournalEntry> lastErrors = new ConcurrentHashMap<>();
    /** Verdicts decided as answers arrived in this run, by request key, when no judge takes part. */
    private Map<String, dev.ward.redteam.detect.Verdict> decided = new ConcurrentHashMap<>();

    private dev.ward.redteam.detect.Verdict verdict(JournalEntry attack, Exchange exchange, VerdictEngine engine) {
        dev.ward.redteam.detect.Verdict early = attack.answered() && !exchange.probe().paired() ? decided.get(attack.key()) : null;
        return early != null ? early : engine.decide(exchange);
    }

    private void send(List<Probe> probes, String basePrompt, Map<String, JournalEntry> results, RunBudget.Meter meter,
                      AtomicLong notRun, Journal journal, boolean writeHeader, VerdictEngine decideWhileSending) {
        List<Runnable> work = new ArrayList<>(probes.size() * options.samples());
        RateLimiter limiter = new RateLimiter(options.requestsPerMinute(), options.tokensPerMinute());
        if (writeHeader) {
            journal.append(ProbeSet.header(options, probes, target));
        }
        for (Probe probe : probes) {
            // one request per probe and variant, sent once per sample
            ChatRequest attack = new ChatRequest(systemPrompt(basePrompt, probe), probe.turns(), options.sampling());
            ChatRequest baseline = probe.paired()
                    ? new ChatRequest(systemPrompt(basePrompt, probe), List.of(ChatTurn.user(probe.baselinePrompt())), options.sampling())
                    : null;
            for (int repeat = 0; repeat < options.samples(); repeat++) {
                addWork(work, probe, repeat, "attack", attack, results, journal, limiter, meter, notRun,
                        probe.paired() ? null : decideWhileSending);
                if (probe.paired()) {
                    addWork(work, probe, repeat, "baseline", baseline, results, journal, limiter, meter, notRun, null);
                }
            }
        }
        long total = work.size();
        listener.progress("redteam: " + total + " requests to send", 0, total);
        long step = Math.max(1, total / 100);
        runAll(work, options.concurrency(), finished -> {
            if (finished == total || finished % step == 0) {
                listener.progress("redteam", finished, total);
            }
        });
    }

    private void addWork(List<Runnable> work, Probe probe, int repeat, String variant, ChatRequest request,
                         Map<String, JournalEntry> results, Journal journal, RateLimiter limiter, RunBudget.Meter meter,
                         AtomicLong notRun, VerdictEngine decideNow) {
        String key = JournalEntry.key(probe.id(), repeat, variant);
        if (results.containsKey(key)) {
            return;
        }
        work.add(() -> {
            if (stopping || !meter.tryStart()) {
                notRun.incrementAndGet();
                return;
            }
            long begin = System.nanoTime();
            JournalEntry entry;
            try {
                limiter.acquire(request.estimatedInputTokens() + options.maxTokens() / 2);
                ChatReply reply = target.send(request);
                limiter.settle(request.estimatedInputTokens() + options.maxTokens() / 2, reply.inputTokens() + reply.outputTokens());
                meter.record(reply.inputTokens(), reply.outputTokens());
                entry = new JournalEntry("attempt", key, probe.id(), repeat, variant, reply.text(), reply.blocked(), reply.stopReason(),
                        null, reply.inputTokens(), reply.outputTokens(), (System.nanoTime() - begin) / 1_000_000, System.currentTimeMillis(),
                        null, null, null, null, null, null, null);
                results.put(key, entry);
            } catch (TargetException e) {
                entry = new JournalEntry("attempt", key, probe.id(), repeat, variant, null, null, null,
                        e.getMessage() == null ? "failed" : e.getMessage(), null, null, (System.nanoTime() - begin) / 1_000_000,
                        System.currentTimeMillis(), null, null, null, null, null, null, null);
                lastErrors.put(key, entry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notRun.incrementAndGet();
                return;
            }
            journal.append(entry);
            if (decideNow != null && entry.answered()) {
                // without a judge a verdict depends on the answer alone: decide it while the model works on the next requests
                decided.put(key, decideNow.decide(new Exchange(probe, entry.text(), null, Boolean.TRUE.equals(entry.blocked()), null)));
            }
        });
    }

    static String systemPrompt(String basePrompt, Probe probe) {
        if (probe.systemPromptAddition().isEmpty()) {
            return basePrompt;
        }
        return basePrompt.isEmpty() ? probe.systemPromptAddition() : basePrompt + "\n\n" + probe.systemPromptAddition();
    }

    private static String transcript(Probe probe) {
        StringBuilder out = new StringBuilder();
        for (ChatTurn turn : probe.turns()) {
            if (probe.turns().size() > 1) {
                out.append(turn.role() == ChatTurn.Role.USER ? "[user] " : "[assistant] ");
            }
            out.append(turn.text()).append('\n');
        }
        return out.toString().strip();
    }
}
