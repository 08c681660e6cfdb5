package dev.ward.redteam.target;

/** A deployed model reached through its wire protocol. Implementations are thread-safe. */
public interface ChatTarget {

    ChatReply send(ChatRequest request) throws TargetException;

    /** Where and what, for reports; never includes a key. */
    String describe();
}
