package dev.ward.detect;

import dev.ward.detect.hyperscan.MatchEvents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds secrets with the rules of a {@link SecretRules}, over UTF-8 bytes. A keyword automaton runs over the bytes
 * once; a rule's regex then runs only near its keywords: at the keyword itself for an anchored rule, otherwise in a
 * window around it (after it, for a rule with context words), merged where windows overlap. Regexes see the bytes
 * through a one-char-per-byte view, so offsets are byte offsets and nothing is decoded until a match is kept.
 */
public final class SecretDetector implements Detector {

    private final List<SecretRule> rules;
    private final SecretRule[] ruleArray;
    private final List<String> keywords;
    /** Built when first needed: with the native pass, only texts under a kilobyte and fallbacks take the Java one. */
    private volatile KeywordAutomaton automaton;
    private final int[][] rulesByKeyword;
    private final int[] keywordLength;
    private final Map<String, Integer> priorityById = new HashMap<>();
    private final ThreadLocal<SecretScan> scratch;
    /** Replayed native hits are packed as start, keyword length and keyword index in one long; these bound the last two. */
    static final int MAX_REPLAY_KEYWORD_LENGTH = 0xfff;
    static final int MAX_REPLAY_KEYWORDS = 1 << 20;
    private final int firstExtraKeyword;

    public SecretDetector(SecretRules rules) {
        this(rules, List.of());
    }

    /**
     * A detector whose keyword pass also looks for {@code extraKeywords} on behalf of other detectors; their hits go
     * to the companion sink given to {@link #scan}, with keyword indexes counted from 0.
     */
    SecretDetector(SecretRules rules, List<String> extraKeywords) {
        this.rules = rules.rules();
        this.ruleArray = this.rules.toArray(SecretRule[]::new);
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int r = 0; r < ruleArray.length; r++) {
            priorityById.put(ruleArray[r].id(), ruleArray[r].priority());
            for (String keyword : ruleArray[r].keywords()) {
                List<Integer> owners = byKeyword.computeIfAbsent(keyword.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!owners.contains(r)) {
                    owners.add(r);
                }
            }
        }
        firstExtraKeyword = byKeyword.size();
        List<String> keywords = new ArrayList<>(byKeyword.keySet());
        keywords.addAll(extraKeywords);
        this.keywords = KeywordAutomaton.checked(keywords);
        rulesByKeyword = byKeyword.values().stream()
                .map(owners -> owners.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        keywordLength = this.keywords.stream().mapToInt(String::length).toArray();
        scratch = ThreadLocal.withInitial(() -> new SecretScan(this));
    }

    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public int priority(Detection detection) {
        return priorityById.getOrDefault(detection.ruleId(), SecretRuleFile.DEFAULT_PRIORITY);
    }

    public List<SecretRule> rules() {
        return rules;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        return Utf8Offsets.scanAsUtf8(text, this::detect);
    }

    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        List<Detection> found = new ArrayList<>();
        scan(new ByteText(data, offset, length), found, null);
        return found;
    }

    /** Adds the secrets in {@code text} to {@code found}; extra keyword hits go to {@code companion}. */
    void scan(ByteText text, List<Detection> found, KeywordAutomaton.HitSink companion) {
        scratch.get().run(text, found, companion, null);
    }

    /**
     * Like {@link #scan(ByteText, List, KeywordAutomaton.HitSink)}, with the keyword occurrences already found by a
     * native pass over the same text: {@code events} whose id is below {@link #keywords()}'s size are keyword ends.
     */
    void scan(ByteText text, List<Detection> found, KeywordAutomaton.HitSink companion, MatchEvents events) {
        scratch.get().run(text, found, companion, events);
    }

    /** Every keyword the detector looks for, lower case: the rules' keywords, then the extra ones, by hit index. */
    List<String> keywords() {
        return keywords;
    }

    private KeywordAutomaton automaton() {
        KeywordAutomaton built = automaton;
        if (built == null) {
            synchronized (this) {
                built = automaton;
                if (built == null) {
                    built = new KeywordAutomaton(keywords);
                    automaton = built;
                }
            }
        }
        return built;
    }

    /** Runs only the keyword automaton over the bytes and counts hits; for measuring the prefilter alone. */
    public long countKeywordHits(byte[] data, int offset, int length) {
        long[] hits = new long[1];
        automaton().scan(data, offset, offset + length, (keyword, end) -> hits[0]++);
        return hits[0];
    }

    /** The per-thread state of one scan: pending windows per rule and reusable matchers. Not thread-safe. */
    private static final class SecretScan implements KeywordAutomaton.HitSink {
        private final SecretDetector detector;
        private final SecretRule[] rules;
        private final int[] windowStart;
        private final int[] windowEnd;
        private final int[] anchoredEnd;
        private final Matcher[] matchers;
        private final long[] matcherScan;
        private long scanNumber;
        private ByteText text;
        private List<Detection> found;
        private KeywordAutomaton.HitSink companion;

        SecretScan(SecretDetector detector) {
            this.detector = detector;
            this.rules = detector.ruleArray;
            windowStart = new int[rules.length];
            windowEnd = new int[rules.length];
            anchoredEnd = new int[rules.length];
            matchers = new Matcher[rules.length];
            matcherScan = new long[rules.length];
        }

        void run(ByteText text, List<Detection> found, KeywordAutomaton.HitSink companion, MatchEvents events) {
            this.text = text;
            this.found = found;
            this.companion = companion;
            scanNumber++;
            Arrays.fill(windowStart, -1);
            Arrays.fill(anchoredEnd, 0);
            try {
                if (events == null) {
                    detector.automaton().scan(text.data, text.offset, text.offset + text.length(), this);
                } else {
                    replay(events);
                }
                for (int r = 0; r < rules.length; r++) {
                    flush(r);
                }
            } finally {
                this.text = null;
                this.found = null;
                this.companion = null;
            }
        }

        /**
         * Feeds the keyword ends of a native pass to {@link #hit} in the order the automaton would: by start, then
         * by length. Packed as start, length and keyword in one long, so one sort orders them.
         */
        private void replay(MatchEvents events) {
            int keywords = detector.keywordLength.length;
            long[] packed = new long[events.size()];
            int n = 0;
            for (int i = 0; i < events.size(); i++) {
                int keyword = events.id(i);
                if (keyword < keywords) {
                    int length = detector.keywordLength[keyword];
                    packed[n++] = ((long) (events.end(i) - length) << 32) | ((long) length << 20) | keyword;
                }
            }
            Arrays.sort(packed, 0, n);
            for (int i = 0; i < n; i++) {
                long p = packed[i];
                int start = (int) (p >>> 32);
                int length = (int) ((p >>> 20) & MAX_REPLAY_KEYWORD_LENGTH);
                hit((int) (p & (MAX_REPLAY_KEYWORDS - 1)), text.offset + start + length);
            }
        }

        @Override
        public void hit(int keyword, int absoluteEnd) {
            if (keyword >= detector.firstExtraKeyword) {
                if (companion != null) {
                    companion.hit(keyword - detector.firstExtraKeyword, absoluteEnd);
                }
                return;
            }
            int hitEnd = absoluteEnd - text.offset;
            int hitStart = hitEnd - detector.keywordLength[keyword];
            for (int r : detector.rulesByKeyword[keyword]) {
                SecretRule rule = rules[r];
                if (rule.anchored()) {
                    if (hitStart >= anchoredEnd[r]) {
                        matchAnchored(r, rule, hitStart);
                    }
                    continue;
                }
                // A context rule's keywords are its context words, so its match can only come after them.
                boolean contextRule = !rule.context().isEmpty();
                int from = contextRule ? hitStart : Math.max(0, hitStart - rule.maxLength());
                int to = (int) Math.min(text.length(),
                        (long) hitEnd + rule.maxLength() + (contextRule ? rule.contextWindow() : 0));
                if (windowStart[r] >= 0 && from <= windowEnd[r]) {
                    windowEnd[r] = Math.max(windowEnd[r], to);
                } else {
                    flush(r);
                    windowStart[r] = from;
                    windowEnd[r] = to;
                }
            }
        }

        private Matcher matcher(int r) {
            Matcher matcher = matchers[r];
            if (matcher == null) {
                matcher = rules[r].pattern().matcher(text);
                matchers[r] = matcher;
                matcherScan[r] = scanNumber;
            } else if (matcherScan[r] != scanNumber) {
                matcher.reset(text);
                matcherScan[r] = scanNumber;
            }
            return matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }

        private void matchAnchored(int r, SecretRule rule, int at) {
            Matcher matcher = matcher(r);
            matcher.region(at, (int) Math.min(text.length(), (long) at + rule.maxLength()));
            if (matcher.lookingAt()) {
                anchoredEnd[r] = matcher.end();
                keep(rule, matcher);
            }
        }

        private void flush(int r) {
            if (windowStart[r] < 0) {
                return;
            }
            SecretRule rule = rules[r];
            Matcher matcher = matcher(r);
            matcher.region(windowStart[r], windowEnd[r]);
            while (matcher.find()) {
                keep(rule, matcher);
            }
            windowStart[r] = -1;
        }

        private void keep(SecretRule rule, Matcher matcher) {
            int s = matcher.start(rule.secretGroup());
            int e = matcher.end(rule.secretGroup());
            if (s < 0 || e <= s) {
                return;
            }
            SecretCheck.Verdict verdict = SecretAcceptance.judge(rule, text, s, e);
            if (verdict.accepted()) {
                Confidence confidence = verdict.confidence() == null ? rule.confidence() : verdict.confidence();
                found.add(new Detection(rule.id(), Category.SECRET, rule.label(), rule.provider(), s, e,
                        text.utf8(s, e), confidence, verdict.attributes()));
            }
        }
    }
}
