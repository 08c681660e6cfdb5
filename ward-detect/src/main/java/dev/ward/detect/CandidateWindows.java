package dev.ward.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Windows of a byte text around cheap candidate hits (an {@code @}, a run of digits), merged where they overlap, in
 * which a char-based detector then runs. Windows must be added in increasing order of start. A window is wide
 * enough around its hit that whatever the detector needs to see (a word before a number, a whole address) is in it.
 */
final class CandidateWindows {

    private final ByteText text;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;

    CandidateWindows(ByteText text) {
        this.text = text;
    }

    void add(int start, int end) {
        start = Math.max(0, start);
        end = Math.min(text.length(), end);
        if (count > 0 && start <= ends[count - 1]) {
            ends[count - 1] = Math.max(ends[count - 1], end);
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Runs {@code detector} in each window; offsets are moved back to the whole text and values decoded as UTF-8. */
    List<Detection> detect(Detector detector) {
        if (count == 0) {
            return List.of();
        }
        List<Detection> found = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int base = starts[w];
            for (Detection d : detector.detect(text.subSequence(base, ends[w]))) {
                int s = base + d.start();
                int e = base + d.end();
                found.add(d.at(s, e, text.utf8(s, e)));
            }
        }
        return found;
    }
}
