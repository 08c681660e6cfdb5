package dev.ward.posture.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds candidate config files under the given paths: bounded in depth and count, never following symbolic links,
 * skipping tool caches ({@code .git}, {@code node_modules}, {@code .terraform}) that hold copies, not configs.
 */
public final class ConfigFileWalk {

    public static final int MAX_DEPTH = 40;
    public static final int MAX_FILES = 1_000_000;
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".terraform", ".hg", ".svn",
            "__pycache__", ".venv", "venv", ".tox", "target", ".idea");
    private static final List<String> EXTENSIONS = List.of(".tf", ".tfvars", ".xml", ".yaml", ".yml");

    private ConfigFileWalk() {
    }

    /** Every candidate file, in a stable order. Paths named directly are kept even if their extension is unusual. */
    public static List<Path> collect(List<Path> roots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                found.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                throw new IOException("no such file or directory: " + root);
            }
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && dir.getFileName() != null
                            && SKIPPED_DIRS.contains(dir.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isCandidate(file)) {
                        found.add(file);
                    }
                    return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return found.stream().distinct().sorted().toList();
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
