package dev.ward.secrets.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one {@code .gitignore} file, matched as git does: later rules win, {@code !} re-includes, a trailing
 * slash means folders only, a slash elsewhere anchors the pattern to the file's folder, {@code **} spans folders.
 */
final class GitIgnoreRules {

    private record Rule(Pattern pattern, boolean negated, boolean directoryOnly, boolean anchored) {
    }

    /** The verdict of one file's rules: no rule matched, or the last matching rule ignores or re-includes. */
    enum Verdict { NONE, IGNORED, INCLUDED }

    private final List<Rule> rules = new ArrayList<>();

    static GitIgnoreRules parse(String text) {
        GitIgnoreRules parsed = new GitIgnoreRules();
        for (String raw : text.split("\r?\n")) {
            parsed.addLine(raw);
        }
        return parsed;
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    private void addLine(String raw) {
        String line = stripTrailingSpaces(raw);
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        boolean negated = false;
        if (line.startsWith("!")) {
            negated = true;
            line = line.substring(1);
        } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
            line = line.substring(1);
        }
        boolean directoryOnly = line.endsWith("/");
        if (directoryOnly) {
            line = line.substring(0, line.length() - 1);
        }
        boolean anchored = line.contains("/");
        if (line.startsWith("/")) {
            line = line.substring(1);
        }
        if (!line.isEmpty()) {
            rules.add(new Rule(Pattern.compile(toRegex(line)), negated, directoryOnly, anchored));
        }
    }

    /** Matches {@code relativePath} (relative to this file's folder) and its last segment {@code name}. */
    Verdict match(String relativePath, String name, boolean directory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if (rule.directoryOnly() && !directory) {
                continue;
            }
            String subject = rule.anchored() ? relativePath : name;
            if (rule.pattern().matcher(subject).matches()) {
                return rule.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
            }
        }
        return Verdict.NONE;
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < n && glob.charAt(i + 1) == '*') {
                boolean slashBefore = i == 0 || glob.charAt(i - 1) == '/';
                boolean slashAfter = i + 2 < n && glob.charAt(i + 2) == '/';
                if (slashBefore && slashAfter) {
                    re.append("(?:.*/)?");
                    i += 3;
                } else {
                    re.append(".*");
                    i += 2;
                }
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                    i++;
                } else {
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\")).append(']');
                    i = close + 1;
                }
            } else if (c == '\\' && i + 1 < n) {
                re.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return re.toString();
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
            end--;
        }
        return line.substring(0, end);
    }
}
