package dev.ward.redteam.target;

import java.util.List;
import java.util.Objects;

/** What one attack sends: an optional system prompt and the conversation, ending with a user turn. */
public record ChatRequest(String systemPrompt, List<ChatTurn> turns, Sampling sampling) {

    public ChatRequest {
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        turns = List.copyOf(turns);
        Objects.requireNonNull(sampling, "sampling");
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one turn");
        }
    }

    public static ChatRequest of(String systemPrompt, String user, Sampling sampling) {
        return new ChatRequest(systemPrompt, List.of(ChatTurn.user(user)), sampling);
    }

    /** Rough token count for rate limiting and estimates, about four characters a token. */
    public int estimatedInputTokens() {
        int chars = systemPrompt.length();
        for (ChatTurn turn : turns) {
            chars += turn.text().length();
        }
        return chars / 4 + 8;
    }
}
