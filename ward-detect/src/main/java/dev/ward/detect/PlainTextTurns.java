package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds plain-text conversations: lines that open with a speaker label ({@code User:}, {@code Human:},
 * {@code Assistant:}, {@code AI:}, optionally in Markdown emphasis or a heading) with at least one user turn, at least
 * one assistant turn, and some turn that reads like a sentence. Unlabelled lines continue the current turn; a run
 * ends after {@link #MAX_CONTINUATION} of them.
 */
final class PlainTextTurns {

    enum Speaker { USER, ASSISTANT }

    private static final Map<String, Speaker> LABELS = Map.of(
            "user", Speaker.USER, "human", Speaker.USER, "me", Speaker.USER,
            "assistant", Speaker.ASSISTANT, "ai", Speaker.ASSISTANT, "bot", Speaker.ASSISTANT,
            "chatgpt", Speaker.ASSISTANT, "claude", Speaker.ASSISTANT, "gpt", Speaker.ASSISTANT);
    private static final int MAX_LABEL = 12;
    private static final int MAX_CONTINUATION = 20;

    private PlainTextTurns() {
    }

    static List<int[]> conversations(String text) {
        List<int[]> spans = new ArrayList<>();
        Run run = null;
        int quietLines = 0;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int[] label = new int[1];
            Speaker speaker = speakerAt(text, lineStart, lineEnd, label);
            if (speaker != null) {
                if (run == null) {
                    run = new Run(firstNonSpace(text, lineStart, lineEnd));
                }
                run.turn(speaker, text, label[0], lineEnd);
                quietLines = 0;
            } else if (run != null) {
                if (!text.substring(lineStart, lineEnd).isBlank()) {
                    run.contentEnd = trimmedEnd(text, lineStart, lineEnd);
                    run.sentence |= text.substring(lineStart, lineEnd).trim().indexOf(' ') > 0;
                }
                if (++quietLines > MAX_CONTINUATION) {
                    run.close(spans);
                    run = null;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (run != null) {
            run.close(spans);
        }
        return spans;
    }

    /** The speaker whose label opens the line, or null; {@code labelEnd[0]} is set past the colon. */
    private static Speaker speakerAt(String text, int start, int end, int[] labelEnd) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '#'
                || text.charAt(i) == '*' || text.charAt(i) == '>')) {
            i++;
        }
        int wordStart = i;
        while (i < end && i - wordStart <= MAX_LABEL && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i == wordStart) {
            return null;
        }
        Speaker speaker = LABELS.get(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
        while (i < end && text.charAt(i) == '*') {
            i++;
        }
        if (speaker == null || i >= end || text.charAt(i) != ':') {
            return null;
        }
        i++;
        while (i < end && text.charAt(i) == '*') {
            i++;
        }
        if (i < end && !Character.isWhitespace(text.charAt(i))) {
            return null;
        }
        labelEnd[0] = i;
        return speaker;
    }

    private static int firstNonSpace(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static final class Run {
        final int start;
        int contentEnd;
        boolean user;
        boolean assistant;
        boolean sentence;

        Run(int start) {
            this.start = start;
        }

        void turn(Speaker speaker, String text, int labelEnd, int lineEnd) {
            user |= speaker == Speaker.USER;
            assistant |= speaker == Speaker.ASSISTANT;
            sentence |= text.substring(labelEnd, lineEnd).trim().indexOf(' ') > 0;
            contentEnd = trimmedEnd(text, labelEnd, lineEnd);
        }

        void close(List<int[]> spans) {
            if (user && assistant && sentence) {
                spans.add(new int[] {start, contentEnd});
            }
        }
    }
}
