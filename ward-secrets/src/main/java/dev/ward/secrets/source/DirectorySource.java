package dev.ward.secrets.source;

import dev.ward.secrets.content.HitSink;
import dev.ward.secrets.content.Origin;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder tree (or one file), walked on one thread that hands each file to the pool. Honours {@code .gitignore}
 * files at every level unless told not to, never enters {@code .git}, and prunes excluded folders without reading
 * them. Symbolic links are not followed, so a link loop cannot trap the walk.
 */
public final class DirectorySource implements SecretSource {

    private final Path root;
    /** The root's text and a separator: the start of every path the walk finds under it. */
    private final String rootPrefix;
    private final String displayRoot;
    private final boolean honourGitignore;

    /**
     * @param root        the folder or file to scan
     * @param displayRoot for a file, its name in reports; for a folder, a prefix for the paths inside it (empty
     *                    when it is the only target, so paths are relative to it as code scanning expects)
     */
    public DirectorySource(Path root, String displayRoot, boolean honourGitignore) {
        this.root = root;
        String rootText = root.toString();
        this.rootPrefix = rootText.isEmpty() || rootText.endsWith(root.getFileSystem().getSeparator()) ? rootText
                : rootText + root.getFileSystem().getSeparator();
        this.displayRoot = displayRoot;
        this.honourGitignore = honourGitignore;
    }

    @Override
    public String describe() {
        return (Files.isDirectory(root) ? "folder " : "file ") + (displayRoot.isEmpty() ? root.toString() : displayRoot);
    }

    @Override
    public void feed(SourceContext context) {
        if (Files.isRegularFile(root)) {
            try {
                context.submitFile(Origin.file(displayRoot), root, Files.size(root));
            } catch (IOException e) {
                context.sink().problem(Origin.file(displayRoot), Problems.describe(e));
            }
            return;
        }
        GitIgnoreStack ignores = new GitIgnoreStack();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String relative = relative(dir);
                    if (!relative.isEmpty()) {
                        if (dir.getFileName().toString().equals(".git")
                                || (honourGitignore && ignores.ignores(relative, true))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (context.excludes().excludes(relative)) {
                            context.sink().skipped(HitSink.SkipReason.EXCLUDED);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    if (honourGitignore) {
                        ignores.enter(dir, relative);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(file);
                    if (honourGitignore && ignores.ignores(relative, false)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (context.excludes().excludes(relative)) {
                        context.sink().skipped(HitSink.SkipReason.EXCLUDED);
                        return FileVisitResult.CONTINUE;
                    }
                    context.submitFile(Origin.file(shown(relative)), file, attrs.size());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    context.sink().problem(Origin.file(shown(relative(file))), Problems.describe(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (honourGitignore) {
                        ignores.leave(relative(dir));
                    }
                    if (e != null) {
                        context.sink().problem(Origin.file(shown(relative(dir))), Problems.describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            context.sink().problem(Origin.file(shown("")), Problems.describe(e));
        }
    }

    private String shown(String relative) {
        if (displayRoot.isEmpty()) {
            return relative.isEmpty() ? "." : relative;
        }
        return relative.isEmpty() ? displayRoot : displayRoot + "/" + relative;
    }

    private String relative(Path path) {
        // The walk resolves every path against the root, so its text starts with the root's; relativize() would
        // split both into names for each of the tree's files.
        String text = path.toString();
        String relative = text.startsWith(rootPrefix) ? text.substring(rootPrefix.length())
                : root.relativize(path).toString();
        return relative.replace('\\', '/');
    }
}
