package dev.ward.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A case-insensitive Aho-Corasick automaton over ASCII keywords, compiled to a dense transition table so a scan is
 * one array read per character and allocates nothing.
 *
 * <p>Characters outside ASCII never belong to a keyword; they send the automaton back to its root.
 */
final class KeywordAutomaton {

    /** Receives each keyword occurrence as it is found, in order of its end offset. */
    @FunctionalInterface
    interface HitSink {
        /** @param keyword index into {@link #keywords()}, @param end offset after the keyword's last character */
        void hit(int keyword, int end);
    }

    private static final int ALPHABET = 128;
    private static final int[] NO_OUTPUT = new int[0];

    private final List<String> keywords;
    private final int[] transitions;
    private final int[][] outputs;

    KeywordAutomaton(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        List<int[]> gotoRows = new ArrayList<>();
        List<int[]> ownOutputs = new ArrayList<>();
        gotoRows.add(newRow());
        ownOutputs.add(NO_OUTPUT);
        for (int k = 0; k < this.keywords.size(); k++) {
            String keyword = this.keywords.get(k).toLowerCase(Locale.ROOT);
            if (keyword.isEmpty() || !keyword.chars().allMatch(c -> c < ALPHABET)) {
                throw new IllegalArgumentException("keyword #" + k + " must be non-empty ASCII");
            }
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                int c = keyword.charAt(i);
                if (gotoRows.get(state)[c] < 0) {
                    gotoRows.get(state)[c] = gotoRows.size();
                    gotoRows.add(newRow());
                    ownOutputs.add(NO_OUTPUT);
                }
                state = gotoRows.get(state)[c];
            }
            ownOutputs.set(state, append(ownOutputs.get(state), k));
        }
        int states = gotoRows.size();
        transitions = new int[states * ALPHABET];
        outputs = new int[states][];
        buildDfa(gotoRows, ownOutputs);
    }

    List<String> keywords() {
        return keywords;
    }

    /** Reports every occurrence of every keyword in {@code text}, overlaps included. */
    void scan(CharSequence text, HitSink sink) {
        int state = 0;
        int[] delta = transitions;
        int[][] out = outputs;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            state = c < ALPHABET ? delta[state * ALPHABET + c] : 0;
            int[] found = out[state];
            if (found != NO_OUTPUT) {
                for (int keyword : found) {
                    sink.hit(keyword, i + 1);
                }
            }
        }
    }

    private void buildDfa(List<int[]> gotoRows, List<int[]> ownOutputs) {
        int[] failure = new int[gotoRows.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[0] = ownOutputs.get(0);
        for (int c = 0; c < ALPHABET; c++) {
            int next = gotoRows.get(0)[lower(c)];
            transitions[c] = Math.max(next, 0);
            if (next > 0) {
                failure[next] = 0;
                if (c == lower(c)) {
                    queue.add(next);
                }
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int[] merged = ownOutputs.get(state);
            int[] inherited = outputs[failure[state]];
            outputs[state] = inherited.length == 0 ? merged : concat(merged, inherited);
            for (int c = 0; c < ALPHABET; c++) {
                int next = gotoRows.get(state)[lower(c)];
                if (next > 0) {
                    transitions[state * ALPHABET + c] = next;
                    if (c == lower(c)) {
                        failure[next] = transitions[failure[state] * ALPHABET + c];
                        queue.add(next);
                    }
                } else {
                    transitions[state * ALPHABET + c] = transitions[failure[state] * ALPHABET + c];
                }
            }
        }
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static int[] append(int[] values, int value) {
        int[] grown = Arrays.copyOf(values, values.length + 1);
        grown[values.length] = value;
        return grown;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
