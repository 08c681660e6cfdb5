package dev.ward.report;

/** Escapes text so that a Markdown renderer shows it literally: no links, images, HTML or emphasis sneak in. */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>|~&";

    private Markdown() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
