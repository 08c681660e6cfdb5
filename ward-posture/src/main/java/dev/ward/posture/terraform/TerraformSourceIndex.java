package dev.ward.posture.terraform;

import dev.ward.posture.source.SourceFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lines in a {@code .tf} file: where a block starts and where an attribute or nested block inside it is
 * written. The HCL parser gives values but not positions; findings need the line for code scanning.
 */
public final class TerraformSourceIndex {

    private static final java.util.Map<String, Pattern> ATTRIBUTE = new java.util.concurrent.ConcurrentHashMap<>();

    private final SourceFile file;

    TerraformSourceIndex(SourceFile file) {
        this.file = file;
    }

    private static final Pattern RESOURCE_HEADER = Pattern.compile("(?m)^[ \\t]*resource\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"\\s*\\{");

    /** The offset of every {@code resource "type" "name" {}} header, by {@code type.name}; the first one wins. */
    java.util.Map<String, Integer> resourceStarts() {
        java.util.Map<String, Integer> starts = new java.util.HashMap<>();
        Matcher m = RESOURCE_HEADER.matcher(file.text());
        while (m.find()) {
            starts.putIfAbsent(m.group(1) + "." + m.group(2), m.start() + (m.group().length() - m.group().stripLeading().length()));
        }
        return starts;
    }

    /** The 1-based line of a dotted attribute path inside the block at {@code blockStart}; the block's line when absent. */
    int lineOf(int blockStart, String dottedPath) {
        if (blockStart < 0) {
            return 1;
        }
        int start = blockStart;
        int end = blockEnd(blockStart);
        int found = blockStart;
        for (String part : dottedPath.split("\\.")) {
            Matcher m = ATTRIBUTE.computeIfAbsent(part, p -> Pattern.compile("(?m)^[ \\t]*(?:dynamic\\s+\")?" + Pattern.quote(p)
                    + "\"?\\s*[={]")).matcher(file.text());
            m.region(Math.min(start + 1, end), end);
            if (!m.find()) {
                break;
            }
            found = m.start() + (m.group().length() - m.group().stripLeading().length());
            start = found;
            int brace = file.text().indexOf('{', found);
            int equals = file.text().indexOf('=', found);
            end = brace >= 0 && (equals < 0 || brace < equals) ? blockEnd(found) : lineEnd(found);
        }
        return file.lineOf(found);
    }

    private int lineEnd(int offset) {
        int nl = file.text().indexOf('\n', offset);
        return nl < 0 ? file.text().length() : nl;
    }

    /** The offset after the brace that closes the first block opened at or after {@code from}; strings and comments are skipped. */
    private int blockEnd(int from) {
        String text = file.text();
        int depth = 0;
        boolean inString = false;
        for (int i = text.indexOf('{', from); i >= 0 && i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                i = lineEnd(i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
