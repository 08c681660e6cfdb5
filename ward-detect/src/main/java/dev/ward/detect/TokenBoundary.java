package dev.ward.detect;

/** Whether a number found in text stands alone or is a fragment of a longer token (an id, a decimal, a path). */
final class TokenBoundary {

    private TokenBoundary() {
    }

    /** Whether the character before {@code start} joins a number there to a longer token. */
    static boolean joinedBefore(CharSequence text, int start) {
        if (start == 0) {
            return false;
        }
        char c = text.charAt(start - 1);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '/') {
            return true;
        }
        return (c == '.' || c == '-' || c == ',' || c == ':') && start > 1 && isDigit(text.charAt(start - 2));
    }

    /** Whether the character at {@code end} joins a number ending there to a longer token. */
    static boolean joinedAfter(CharSequence text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '/') {
            return true;
        }
        return (c == '.' || c == '-' || c == ',' || c == ':') && end + 1 < text.length() && isDigit(text.charAt(end + 1));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
