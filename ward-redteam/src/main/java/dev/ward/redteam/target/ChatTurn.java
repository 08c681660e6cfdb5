package dev.ward.redteam.target;

import java.util.Objects;

/** One message of a conversation sent to a model. */
public record ChatTurn(Role role, String text) {

    public enum Role { USER, ASSISTANT }

    public ChatTurn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static ChatTurn user(String text) {
        return new ChatTurn(Role.USER, text);
    }

    public static ChatTurn assistant(String text) {
        return new ChatTurn(Role.ASSISTANT, text);
    }
}
