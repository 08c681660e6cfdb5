package dev.ward.surface.clickhouse;

import java.util.ArrayList;
import java.util.List;

/** Parses ClickHouse's TabSeparated output, undoing its backslash escapes. */
final class TabSeparated {

    private TabSeparated() {
    }

    /** The rows of the text; when {@code truncated}, the last, possibly partial, line is dropped. */
    static List<List<String>> parse(String text, boolean truncated) {
        List<List<String>> rows = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                if (!truncated) {
                    rows.add(row(text.substring(start)));
                }
                break;
            }
            rows.add(row(text.substring(start, nl)));
            start = nl + 1;
        }
        return rows;
    }

    private static List<String> row(String line) {
        List<String> cells = new ArrayList<>();
        for (String raw : line.split("\t", -1)) {
            cells.add(unescape(raw));
        }
        return cells;
    }

    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'N' -> out.append("");
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
