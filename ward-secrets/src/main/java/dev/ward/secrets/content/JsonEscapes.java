package dev.ward.secrets.content;

/** Undoes JSON string escapes ({@code \\uXXXX}, {@code \\/}, {@code \\n} and the rest); null when there were none. */
final class JsonEscapes {

    private JsonEscapes() {
    }

    static String decode(String run) {
        StringBuilder out = new StringBuilder(run.length());
        boolean changed = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c != '\\' || i + 1 >= run.length()) {
                out.append(c);
                continue;
            }
            char next = run.charAt(i + 1);
            switch (next) {
                case 'u' -> {
                    if (isHex(run, i + 2, i + 6)) {
                        out.append((char) Integer.parseInt(run, i + 2, i + 6, 16));
                        i += 5;
                        changed = true;
                    } else {
                        out.append(c);
                    }
                }
                case '/', '\\', '"', '\'' -> {
                    out.append(next);
                    i++;
                    changed = true;
                }
                case 'n', 't', 'r', 'b', 'f' -> {
                    out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : ' ');
                    i++;
                    changed = true;
                }
                default -> out.append(c);
            }
        }
        return changed ? out.toString() : null;
    }

    private static boolean isHex(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
