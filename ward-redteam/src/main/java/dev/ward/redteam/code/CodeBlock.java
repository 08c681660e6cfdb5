package dev.ward.redteam.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A piece of code in a model's answer, with the language its fence names (empty when unnamed). */
public record CodeBlock(String language, String code) {

    private static final Pattern FENCE = Pattern.compile("```([A-Za-z0-9+#-]*)[^\\n]*\\n(.*?)(?:```|$)", Pattern.DOTALL);

    /** The fenced blocks of an answer; with no fences, the whole answer as one block of unknown language. */
    public static List<CodeBlock> extract(String answer) {
        List<CodeBlock> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(answer);
        while (m.find()) {
            blocks.add(new CodeBlock(normalise(m.group(1)), m.group(2)));
        }
        if (blocks.isEmpty()) {
            blocks.add(new CodeBlock("", answer));
        }
        return blocks;
    }

    static String normalise(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "py", "python3" -> "python";
            case "js", "node", "nodejs", "typescript", "ts", "jsx" -> "javascript";
            case "c++", "cpp", "cc" -> "c";
            case "sh", "shell", "zsh" -> "bash";
            default -> t;
        };
    }
}
