package dev.ward.redteam.detect;

import dev.ward.redteam.journal.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The judge's votes, as journaled: each vote is one {@code judge} line keyed by a hash of what the judge was shown
 * (question, request and answer), so a resumed run or {@code --rescore} reuses votes already cast instead of asking again,
 * and a re-score without any judge configured still decides from the votes on record. Votes that failed are journaled
 * with their error and asked again. Thread-safe.
 */
public final class JudgeVotes {

    public static final String TYPE = "judge";

    /** One cast vote: the judge's raw one-word reply and which judge gave it. */
    public record Vote(String reply, String judge) {
    }

    private final Map<String, Map<Integer, Vote>> votes = new ConcurrentHashMap<>();
    private final Consumer<JournalEntry> sink;

    /** @param sink where new votes are journaled; null to keep them in memory only */
    public JudgeVotes(Consumer<JournalEntry> sink) {
        this.sink = sink;
    }

    public static JudgeVotes none() {
        return new JudgeVotes(null);
    }

    /** The votes already in a journal, sending new ones to {@code sink}. */
    public static JudgeVotes from(List<JournalEntry> journal, Consumer<JournalEntry> sink) {
        JudgeVotes store = new JudgeVotes(sink);
        for (JournalEntry entry : journal) {
            if (TYPE.equals(entry.type()) && entry.error() == null && entry.key() != null && entry.repeat() != null && entry.text() != null) {
                store.votes.computeIfAbsent(entry.key(), k -> new ConcurrentHashMap<>()).put(entry.repeat(), new Vote(entry.text(), entry.target()));
            }
        }
        return store;
    }

    public boolean isEmpty() {
        return votes.isEmpty();
    }

    /** Number of distinct judged prompts on record. */
    public int judgedPrompts() {
        return votes.size();
    }

    /** The recorded vote number {@code index} for this prompt, from {@code judge} (any judge when null), or null. */
    public Vote recorded(String key, int index, String judge) {
        Map<Integer, Vote> cast = votes.get(key);
        Vote vote = cast == null ? null : cast.get(index);
        return vote == null || (judge != null && !judge.equals(vote.judge())) ? null : vote;
    }

    public void record(String key, String probeId, int index, String judge, String reply, String error, long millis) {
        if (error == null) {
            votes.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(index, new Vote(reply, judge));
        }
        if (sink != null) {
            sink.accept(new JournalEntry(TYPE, key, probeId, index, null, error == null ? reply : null, null, null, error, null, null,
                    millis, System.currentTimeMillis(), judge, null, null, null, null, null, null));
        }
    }

    /** The key of what a judge is shown: a hash of question, request and answer. */
    public static String key(String question, String attack, String answer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((question + "\u0000" + attack + "\u0000" + answer).getBytes(StandardCharsets.UTF_8));
            return "judge:" + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
