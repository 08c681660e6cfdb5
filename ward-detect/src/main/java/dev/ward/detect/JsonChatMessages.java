package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of JSON chat-message objects: an object with a {@code "role"} of a conversation party and a
 * {@code "content"} (or Gemini {@code "parts"}) member. Parsing is bounded: an object is looked for at most
 * {@link #MAX_BACK} characters before its role and at most {@link #MAX_OBJECT} characters long, and the whole
 * search stops once it has stepped over a fixed multiple of the text's length, so hostile input stays linear.
 */
final class JsonChatMessages {

    private static final String ROLE_KEY = "\"role\"";
    private static final Set<String> PARTY_ROLES = Set.of("user", "assistant", "human", "model");
    private static final Set<String> ALL_ROLES = Set.of("user", "assistant", "human", "model", "system", "developer",
            "tool", "function");
    private static final int MAX_BACK = 2048;
    private static final int MAX_OBJECT = 64 * 1024;
    /** Messages further apart than this are separate conversations. */
    private static final int MAX_GAP = 256;

    private static final int BUDGET_PER_CHAR = 8;
    private static final int BUDGET_BASE = 1 << 20;

    private final String text;
    private long budget;

    private JsonChatMessages(String text) {
        this.text = text;
        this.budget = BUDGET_BASE + (long) BUDGET_PER_CHAR * text.length();
    }

    /** The {@code [start, end)} spans of conversations: runs of neighbouring messages with a user or model turn. */
    static List<int[]> conversations(String text) {
        return new JsonChatMessages(text).find();
    }

    private List<int[]> find() {
        List<int[]> spans = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        boolean runHasParty = false;
        int from = 0;
        while (budget > 0) {
            int key = text.indexOf(ROLE_KEY, from);
            if (key < 0) {
                break;
            }
            String role = roleValue(key + ROLE_KEY.length());
            int open = role == null || !ALL_ROLES.contains(role) ? -1 : enclosingObjectStart(key);
            int close = open < 0 ? -1 : objectEnd(open);
            if (close < 0 || !hasContent(open, close)) {
                from = key + ROLE_KEY.length();
                continue;
            }
            if (runStart >= 0 && open - runEnd > MAX_GAP) {
                if (runHasParty) {
                    spans.add(new int[] {runStart, runEnd});
                }
                runStart = -1;
                runHasParty = false;
            }
            if (runStart < 0) {
                runStart = open;
            }
            runEnd = Math.max(runEnd, close);
            runHasParty |= PARTY_ROLES.contains(role);
            from = close;
        }
        if (runStart >= 0 && runHasParty) {
            spans.add(new int[] {runStart, runEnd});
        }
        return spans;
    }

    /** The string value after a {@code "role"} key (at {@code i}, before the colon), lower-cased; or null. */
    private String roleValue(int i) {
        int n = text.length();
        i = skipSpace(i);
        if (i >= n || text.charAt(i) != ':') {
            return null;
        }
        i = skipSpace(i + 1);
        if (i >= n || text.charAt(i) != '"') {
            return null;
        }
        int end = text.indexOf('"', i + 1);
        if (end < 0 || end - i > 16) {
            return null;
        }
        return text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The {@code {} that opens the object holding the key at {@code key}, or -1. */
    private int enclosingObjectStart(int key) {
        int depth = 0;
        boolean inString = false;
        for (int i = key - 1; i >= 0 && key - i <= MAX_BACK; i--) {
            budget--;
            char c = text.charAt(i);
            if (c == '"' && !escaped(i)) {
                inString = !inString;
            } else if (!inString && (c == '}' || c == ']')) {
                depth++;
            } else if (!inString && (c == '{' || c == '[')) {
                if (depth == 0) {
                    return c == '{' ? i : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The offset after the {@code }} that closes the object opened at {@code open}, or -1. */
    private int objectEnd(int open) {
        int depth = 0;
        boolean inString = false;
        int limit = (int) Math.min(text.length(), (long) open + MAX_OBJECT);
        for (int i = open; i < limit; i++) {
            budget--;
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return c == '}' ? i + 1 : -1;
            }
        }
        return -1;
    }

    private boolean hasContent(int open, int close) {
        budget -= close - open;
        String object = text.substring(open, close);
        return object.contains("\"content\"") || object.contains("\"parts\"") || object.contains("\"text\"");
    }

    private boolean escaped(int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private int skipSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
