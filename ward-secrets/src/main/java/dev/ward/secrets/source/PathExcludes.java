package dev.ward.secrets.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's {@code --exclude} globs. A glob without a slash names a file or folder anywhere ({@code *.min.js},
 * {@code node_modules}); one with a slash is matched against the whole path relative to the root
 * ({@code src/test/**}).
 */
public final class PathExcludes {

    private final List<PathMatcher> anywhere = new ArrayList<>();
    private final List<PathMatcher> whole = new ArrayList<>();

    public PathExcludes(List<String> globs) {
        for (String glob : globs) {
            String trimmed = glob.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
                (trimmed.contains("/") ? whole : anywhere).add(matcher);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad --exclude glob '" + glob + "': " + e.getMessage());
            }
        }
    }

    public static PathExcludes none() {
        return new PathExcludes(List.of());
    }

    /** Whether a path (relative, '/'-separated) is excluded, by its own name or its whole path. */
    public boolean excludes(String relativePath) {
        if (relativePath.isEmpty() || (anywhere.isEmpty() && whole.isEmpty())) {
            return false;
        }
        Path path = Path.of(relativePath);
        for (PathMatcher m : whole) {
            if (m.matches(path)) {
                return true;
            }
        }
        Path name = path.getFileName();
        for (PathMatcher m : anywhere) {
            if (name != null && m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path or any folder on the way to it is excluded: for paths from archives and git history. */
    public boolean excludesAnyPart(String relativePath) {
        if (anywhere.isEmpty() && whole.isEmpty()) {
            return false;
        }
        int slash = relativePath.indexOf('/');
        while (slash > 0) {
            if (excludes(relativePath.substring(0, slash))) {
                return true;
            }
            slash = relativePath.indexOf('/', slash + 1);
        }
        return excludes(relativePath);
    }
}
