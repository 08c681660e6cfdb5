package dev.ward.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds secrets with the rules of a {@link SecretRules}. A keyword automaton runs over the whole text once; a rule's
 * regex then runs only in windows around its keywords' occurrences, merged where they overlap.
 */
public final class SecretDetector implements Detector {

    private final List<SecretRule> rules;
    private final KeywordAutomaton automaton;
    private final int[][] rulesByKeyword;
    private final Map<String, Integer> priorityById = new HashMap<>();

    public SecretDetector(SecretRules rules) {
        this.rules = rules.rules();
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int r = 0; r < this.rules.size(); r++) {
            SecretRule rule = this.rules.get(r);
            priorityById.put(rule.id(), rule.priority());
            for (String keyword : rule.keywords()) {
                List<Integer> owners = byKeyword.computeIfAbsent(keyword.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!owners.contains(r)) {
                    owners.add(r);
                }
            }
        }
        automaton = new KeywordAutomaton(new ArrayList<>(byKeyword.keySet()));
        rulesByKeyword = byKeyword.values().stream()
                .map(owners -> owners.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
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
        Windows windows = new Windows(text);
        automaton.scan(text, windows);
        windows.flushAll();
        return windows.found;
    }

    /** The per-scan state: one pending window per rule, grown while keyword hits keep overlapping it. */
    private final class Windows implements KeywordAutomaton.HitSink {
        private final CharSequence text;
        private final int[] start;
        private final int[] end;
        private final Matcher[] matchers;
        private final List<Detection> found = new ArrayList<>();

        Windows(CharSequence text) {
            this.text = text;
            start = new int[rules.size()];
            end = new int[rules.size()];
            matchers = new Matcher[rules.size()];
            java.util.Arrays.fill(start, -1);
        }

        @Override
        public void hit(int keyword, int hitEnd) {
            int hitStart = hitEnd - automaton.keywords().get(keyword).length();
            for (int r : rulesByKeyword[keyword]) {
                SecretRule rule = rules.get(r);
                // A context rule's keywords are its context words, so its match can only come after them.
                int from = rule.context().isEmpty() ? Math.max(0, hitStart - rule.maxLength()) : hitStart;
                int to = (int) Math.min(text.length(), (long) hitEnd + rule.maxLength()
                        + (rule.context().isEmpty() ? 0 : rule.contextWindow()));
                if (start[r] >= 0 && from <= end[r]) {
                    end[r] = Math.max(end[r], to);
                } else {
                    flush(r);
                    start[r] = from;
                    end[r] = to;
                }
            }
        }

        void flushAll() {
            for (int r = 0; r < rules.size(); r++) {
                flush(r);
            }
        }

        private void flush(int r) {
            if (start[r] < 0) {
                return;
            }
            SecretRule rule = rules.get(r);
            Matcher matcher = matchers[r];
            if (matcher == null) {
                matcher = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[r] = matcher;
            }
            matcher.region(start[r], end[r]);
            while (matcher.find()) {
                int s = matcher.start(rule.secretGroup());
                int e = matcher.end(rule.secretGroup());
                if (s >= 0 && e > s && accepts(rule, s, e)) {
                    found.add(new Detection(rule.id(), Category.SECRET, rule.label(), rule.provider(), s, e,
                            text.subSequence(s, e).toString()));
                }
            }
            start[r] = -1;
        }

        private boolean accepts(SecretRule rule, int s, int e) {
            CharSequence secret = text.subSequence(s, e);
            if (rule.minEntropy() > 0 && ShannonEntropy.bitsPerChar(secret) < rule.minEntropy()) {
                return false;
            }
            for (var veto : rule.allow()) {
                if (veto.matcher(secret).find()) {
                    return false;
                }
            }
            if (!rule.context().isEmpty() && !contextBefore(rule, s)) {
                return false;
            }
            return rule.check().accepts(secret.toString());
        }

        private boolean contextBefore(SecretRule rule, int secretStart) {
            int from = Math.max(0, secretStart - rule.contextWindow());
            for (String word : rule.context()) {
                for (int i = from; i + word.length() <= secretStart; i++) {
                    if (regionMatchesIgnoreCase(text, i, word)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int offset, String word) {
        for (int j = 0; j < word.length(); j++) {
            if (Character.toLowerCase(text.charAt(offset + j)) != Character.toLowerCase(word.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
