package dev.ward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text that came from scanned systems safe to print on a terminal, and wraps long text.
 * A banner or error message from a hostile server may carry escape sequences that would rewrite the user's
 * screen, so every control character is shown as a visible escape instead of being sent to the terminal.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** The text on one line, with tabs as spaces and every other control character shown as {@code \xNN}. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || isBidiOverride(cp)) {
                out.append(cp <= 0xff ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Display width in code points; good enough for the Latin text of a report. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text cut to at most {@code max} code points, ending in an ellipsis when cut. */
    static String truncate(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * The text's lines wrapped at spaces to at most {@code width} code points each; a word longer than the width
     * gets a line of its own rather than being split.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph).trim().split(" +")) {
                if (!line.isEmpty() && width(line.toString()) + 1 + width(word) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        while (lines.size() > 1 && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private static boolean isBidiOverride(int cp) {
        // Trojan Source: these reorder what the reader sees without changing what is there.
        return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
