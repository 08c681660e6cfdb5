package dev.ward.models;

/**
 * Text taken from a hostile file, made safe to show on one line: control characters (newlines, escape sequences
 * that could rewrite a terminal) become {@code \xNN}, and the length is bounded.
 */
public final class DisplayText {

    public static final int MAX_CHARS = 2000;

    private DisplayText() {
    }

    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                out.append(String.format("\\x%02x", (int) ch & 0xff));
            } else {
                out.append(ch);
            }
        }
        return text.length() > out.length() && out.length() >= MAX_CHARS ? out + "…" : out.toString();
    }
}
