package dev.ward.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A case-insensitive Aho-Corasick automaton over ASCII keywords, compiled to a dense DFA so a scan is one table read
 * per byte (or char) and allocates nothing.
 *
 * <p>Bytes are first mapped to a small number of classes (one per character that occurs in some keyword, upper and
 * lower case sharing a class, and one for everything else), which keeps the table small enough to stay in cache.
 * States are numbered so that every state that ends a keyword is at or above {@code firstOutput}: the inner loop
 * needs one comparison to know whether anything was found. Bytes of 0x80 and above (UTF-8 multi-byte sequences)
 * and chars outside ASCII never belong to a keyword; they send the automaton back to its root.
 */
final class KeywordAutomaton {

    /** Receives each keyword occurrence as it is found, in order of its end offset. */
    @FunctionalInterface
    interface HitSink {
        /** @param keyword index into {@link #keywords()}, @param end offset after the keyword's last byte or char */
        void hit(int keyword, int end);
    }

    private static final int ASCII = 128;

    private final List<String> keywords;
    private final byte[] classOf = new byte[256];
    private final int classes;
    /** Next state, pre-multiplied by {@link #classes}, indexed by {@code state * classes + class}. */
    private final int[] delta;
    /** The first pre-multiplied state that ends a keyword. */
    private final int firstOutput;
    /** Keywords ended by each output state, indexed by {@code (state - firstOutput) / classes}. */
    private final int[][] outputs;
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final int FOLD3 = 0x202020;
    private static final int FOLD4 = 0x20202020;
    private static final int HASH = 0x9E3779B1;
    private static final int PREFIX_HASH_BITS = 16;
    /** Bitmaps of the hashed, case-folded first four bytes of the longer keywords and first three of the
     *  three-byte ones; null when a keyword is shorter than three bytes. */
    private final long[] prefix4;
    private final long[] prefix3;
    /** The plain keyword trie (no failure links) for verifying a candidate start: next state or -1. */
    private final int[] trieNext;
    private final int[][] trieOutput;

    KeywordAutomaton(List<String> keywords) {
        this.keywords = checked(keywords);
        int nextClass = 1;
        for (int k = 0; k < this.keywords.size(); k++) {
            String keyword = this.keywords.get(k).toLowerCase(Locale.ROOT);
            for (char c : keyword.toCharArray()) {
                if (classOf[c] == 0) {
                    if (nextClass == 127) {
                        throw new IllegalArgumentException("too many distinct keyword characters");
                    }
                    classOf[c] = (byte) nextClass++;
                    if (c >= 'a' && c <= 'z') {
                        classOf[c - 'a' + 'A'] = classOf[c];
                    }
                }
            }
        }
        classes = nextClass;
        Trie trie = new Trie(classes);
        for (int k = 0; k < this.keywords.size(); k++) {
            trie.add(this.keywords.get(k).toLowerCase(Locale.ROOT), k, classOf);
        }
        trieNext = trie.gotoTable();
        trieOutput = trie.ownOutputs();
        boolean filterable = this.keywords.stream().allMatch(k -> k.length() >= 3);
        prefix4 = filterable ? prefixBitmap(this.keywords.stream().filter(k -> k.length() >= 4).toList(), 4) : null;
        prefix3 = filterable ? prefixBitmap(this.keywords.stream().filter(k -> k.length() == 3).toList(), 3) : null;
        int[][] rows = trie.toDfa();
        // Renumber: states without output first, then those with output.
        int states = rows.length;
        int[] order = new int[states];
        int[] newId = new int[states];
        int next = 0;
        for (int s = 0; s < states; s++) {
            if (trie.output(s).length == 0) {
                newId[s] = next;
                order[next++] = s;
            }
        }
        int outputStart = next;
        for (int s = 0; s < states; s++) {
            if (trie.output(s).length > 0) {
                newId[s] = next;
                order[next++] = s;
            }
        }
        delta = new int[states * classes];
        outputs = new int[states - outputStart][];
        for (int id = 0; id < states; id++) {
            int old = order[id];
            for (int c = 0; c < classes; c++) {
                delta[id * classes + c] = newId[rows[old][c]] * classes;
            }
            if (id >= outputStart) {
                outputs[id - outputStart] = trie.output(old);
            }
        }
        firstOutput = outputStart * classes;
        if (newId[0] != 0) {
            throw new IllegalStateException("root must stay state 0");
        }
    }

    List<String> keywords() {
        return keywords;
    }

    /** The keywords as an immutable list, once each is known to be non-empty ASCII, as an automaton needs them. */
    static List<String> checked(List<String> keywords) {
        List<String> copy = List.copyOf(keywords);
        for (int k = 0; k < copy.size(); k++) {
            String keyword = copy.get(k);
            if (keyword.isEmpty() || !keyword.chars().allMatch(c -> c < ASCII)) {
                throw new IllegalArgumentException("keyword #" + k + " must be non-empty ASCII");
            }
        }
        return copy;
    }

    /** Reports every occurrence of every keyword in {@code text}, overlaps included; ends are char offsets. */
    void scan(CharSequence text, HitSink sink) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            state = delta[state + (c < ASCII ? classOf[c] : 0)];
            if (state >= firstOutput) {
                report(state, i + 1, sink);
            }
        }
    }

    /**
     * Reports every keyword occurrence in {@code data[from, to)}, in order of start; ends are absolute indexes into
     * {@code data}. A DFA step waits on the previous step's table read, which caps it at a few hundred MB/s; so
     * when every keyword has at least three bytes, each position is first tested against bitmaps of the keywords'
     * case-folded first four bytes (and first three, for three-byte keywords) with independent reads and no chain,
     * and only the rare positions that pass are walked through the keyword trie.
     */
    void scan(byte[] data, int from, int to, HitSink sink) {
        if (prefix4 == null) {
            scanOne(data, from, to, sink);
            return;
        }
        final long[] four = prefix4;
        final long[] three = prefix3;
        int i = from;
        for (; i + Integer.BYTES <= to; i++) {
            int word = (int) INTS.get(data, i);
            int h4 = ((word | FOLD4) * HASH) >>> (32 - PREFIX_HASH_BITS);
            if ((four[h4 >>> 6] & (1L << h4)) != 0) {
                verify(data, i, to, sink);
                continue;
            }
            int h3 = (((word & 0xffffff) | FOLD3) * HASH) >>> (32 - PREFIX_HASH_BITS);
            if ((three[h3 >>> 6] & (1L << h3)) != 0) {
                verify(data, i, to, sink);
            }
        }
        for (; i + 3 <= to; i++) {
            verify(data, i, to, sink);
        }
    }

    /** Walks the keyword trie from {@code start}, reporting each keyword that starts there. */
    private void verify(byte[] data, int start, int to, HitSink sink) {
        int state = 0;
        for (int j = start; j < to; j++) {
            int cls = classOf[data[j] & 0xff];
            int next = cls == 0 ? -1 : trieNext[state * classes + cls];
            if (next < 0) {
                return;
            }
            state = next;
            for (int keyword : trieOutput[state]) {
                sink.hit(keyword, j + 1);
            }
        }
    }

    private void scanOne(byte[] data, int from, int to, HitSink sink) {
        int state = 0;
        final int[] table = delta;
        final byte[] classOfByte = classOf;
        final int accepting = firstOutput;
        for (int i = from; i < to; i++) {
            state = table[state + classOfByte[data[i] & 0xff]];
            if (state >= accepting) {
                report(state, i + 1, sink);
            }
        }
    }

    private void report(int state, int end, HitSink sink) {
        for (int keyword : outputs[(state - firstOutput) / classes]) {
            sink.hit(keyword, end);
        }
    }

    private static long[] prefixBitmap(List<String> keywords, int length) {
        long[] bits = new long[(1 << PREFIX_HASH_BITS) / Long.SIZE];
        for (String keyword : keywords) {
            String k = keyword.toLowerCase(Locale.ROOT);
            int prefix = 0;
            for (int b = 0; b < length; b++) {
                prefix |= k.charAt(b) << (8 * b);
            }
            prefix |= length == 4 ? FOLD4 : FOLD3;
            int h = (prefix * HASH) >>> (32 - PREFIX_HASH_BITS);
            bits[h >>> 6] |= 1L << h;
        }
        return bits;
    }

    /** The goto trie over byte classes, turned into a full transition table by the Aho-Corasick construction. */
    private static final class Trie {
        private final int classes;
        private final List<int[]> gotoRows = new ArrayList<>();
        private final List<int[]> own = new ArrayList<>();
        private int[][] merged;

        Trie(int classes) {
            this.classes = classes;
            newState();
        }

        private int newState() {
            int[] row = new int[classes];
            Arrays.fill(row, -1);
            gotoRows.add(row);
            own.add(new int[0]);
            return gotoRows.size() - 1;
        }

        void add(String keyword, int index, byte[] classOf) {
            int state = 0;
            for (char c : keyword.toCharArray()) {
                int cls = classOf[c];
                if (gotoRows.get(state)[cls] < 0) {
                    int created = newState();
                    gotoRows.get(state)[cls] = created;
                }
                state = gotoRows.get(state)[cls];
            }
            int[] grown = Arrays.copyOf(own.get(state), own.get(state).length + 1);
            grown[grown.length - 1] = index;
            own.set(state, grown);
        }

        int[] gotoTable() {
            int[] table = new int[gotoRows.size() * classes];
            for (int state = 0; state < gotoRows.size(); state++) {
                System.arraycopy(gotoRows.get(state), 0, table, state * classes, classes);
            }
            return table;
        }

        int[][] ownOutputs() {
            return own.toArray(int[][]::new);
        }

        int[] output(int state) {
            return merged[state];
        }

        int[][] toDfa() {
            int states = gotoRows.size();
            int[][] rows = new int[states][classes];
            int[] failure = new int[states];
            merged = new int[states][];
            merged[0] = own.get(0);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < classes; c++) {
                int next = gotoRows.get(0)[c];
                rows[0][c] = Math.max(next, 0);
                if (next > 0 && c != 0) {
                    failure[next] = 0;
                    queue.add(next);
                }
            }
            rows[0][0] = 0;
            while (!queue.isEmpty()) {
                int state = queue.poll();
                int[] inherited = merged[failure[state]];
                int[] mine = own.get(state);
                int[] all = Arrays.copyOf(mine, mine.length + inherited.length);
                System.arraycopy(inherited, 0, all, mine.length, inherited.length);
                merged[state] = all;
                for (int c = 0; c < classes; c++) {
                    int next = c == 0 ? -1 : gotoRows.get(state)[c];
                    if (next > 0) {
                        rows[state][c] = next;
                        failure[next] = rows[failure[state]][c];
                        queue.add(next);
                    } else {
                        rows[state][c] = rows[failure[state]][c];
                    }
                }
            }
            return rows;
        }
    }
}
