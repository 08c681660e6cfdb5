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
    private static final KeywordAutomaton TRIGGERS = new KeywordAutomaton(PersonalDataCandidates.TRANSCRIPT_WORDS);

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

    /**
     * Runs the full detector only when the bytes hold a JSON {@code "role"} key or an assistant's speaker label at the
     * start of a line: every transcript has one, and source code almost never does.
     */
    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        ByteText text = new ByteText(data, offset, length);
        PersonalDataCandidates candidates = new PersonalDataCandidates(text);
        TRIGGERS.scan(data, offset, offset + length, candidates);
        return candidates.transcript ? detectAll(text) : List.of();
    }

    /** Every transcript in the text, with values decoded as UTF-8. */
    List<Detection> detectAll(ByteText text) {
        List<Detection> found = new ArrayList<>();
        for (Detection d : detect(text)) {
            found.add(d.at(d.start(), d.end(), text.utf8(d.start(), d.end())));
        }
        return found;
    }

    private static Detection transcript(String text, int start, int end) {
        return new Detection(RULE_ID, Category.CHAT_TRANSCRIPT, LABEL, "", start, end, text.substring(start, end));
    }
}
