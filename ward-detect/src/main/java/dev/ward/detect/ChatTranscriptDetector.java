package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds conversations between a person and a model: JSON chat messages ({@code {"role": "user", "content": ...}}, as
 * in OpenAI, Anthropic and Gemini message arrays) and plain-text turns ({@code User:} / {@code Assistant:}). A run of
 * neighbouring messages is one transcript, and its span covers them all, so the conversation is masked as a whole.
 */
public final class ChatTranscriptDetector implements Detector {

    public static final String RULE_ID = "chat-transcript";
    static final String LABEL = "chat transcript";

    @Override
    public String id() {
        return "chat-transcript";
    }

    @Override
    public int priority(Detection detection) {
        return 10;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        String s = text.toString();
        List<Detection> found = new ArrayList<>();
        for (int[] span : JsonChatMessages.conversations(s)) {
            found.add(transcript(s, span[0], span[1]));
        }
        for (int[] span : PlainTextTurns.conversations(s)) {
            if (found.stream().noneMatch(d -> d.start() < span[1] && span[0] < d.end())) {
                found.add(transcript(s, span[0], span[1]));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Detection::start));
        return found;
    }

    private static Detection transcript(String text, int start, int end) {
        return new Detection(RULE_ID, Category.CHAT_TRANSCRIPT, LABEL, "", start, end, text.substring(start, end));
    }
}
