package dev.ward.secrets.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The {@code .gitignore} files in force while a walk is inside a folder: the root's, then each nested one. A deeper
 * file's rules win over a shallower one's, as in git. Used by one walking thread only.
 */
final class GitIgnoreStack {

    private record Level(String base, GitIgnoreRules rules) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    /** Reads {@code dir/.gitignore} (and, at the root, {@code .git/info/exclude}) if present. */
    void enter(Path dir, String relativeDir) {
        GitIgnoreRules rules = GitIgnoreRules.parse(read(dir.resolve(".gitignore")));
        if (relativeDir.isEmpty()) {
            GitIgnoreRules exclude = GitIgnoreRules.parse(read(dir.resolve(".git").resolve("info").resolve("exclude")));
            if (!exclude.isEmpty()) {
                levels.push(new Level(relativeDir, exclude));
            }
        }
        levels.push(new Level(relativeDir, rules));
    }

    void leave(String relativeDir) {
        while (!levels.isEmpty() && levels.peek().base().equals(relativeDir)) {
            levels.pop();
        }
    }

    boolean ignores(String relativePath, boolean directory) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        Iterator<Level> deepestFirst = levels.iterator();
        while (deepestFirst.hasNext()) {
            Level level = deepestFirst.next();
            if (level.rules().isEmpty()) {
                continue;
            }
            String inside = level.base().isEmpty() ? relativePath : relativePath.substring(level.base().length() + 1);
            GitIgnoreRules.Verdict verdict = level.rules().match(inside, name, directory);
            if (verdict != GitIgnoreRules.Verdict.NONE) {
                return verdict == GitIgnoreRules.Verdict.IGNORED;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
