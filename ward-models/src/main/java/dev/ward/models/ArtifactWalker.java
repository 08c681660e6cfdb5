package dev.ward.models;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Expands scan roots into files: follows links, skips loops, VCS folders and duplicates, and stops at the limits. */
final class ArtifactWalker {

    interface FileSink {
        void accept(Path file, boolean explicit);
    }

    private final ScanLimits limits;
    private final Consumer<String> notes;
    private final Set<Path> seen = new HashSet<>();

    ArtifactWalker(ScanLimits limits, Consumer<String> notes) {
        this.limits = limits;
        this.notes = notes;
    }

    void walk(Path root, FileSink sink) {
        if (!Files.isDirectory(root)) {
            if (firstVisit(root)) {
                sink.accept(root, true);
            }
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), limits.maxDirectoryDepth(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = String.valueOf(dir.getFileName());
                    return !dir.equals(root) && (name.equals(".git") || name.equals(".hg") || name.equals(".svn"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (seen.size() >= limits.maxFiles()) {
                        notes.accept("models: stopped after " + limits.maxFiles() + " files");
                        return FileVisitResult.TERMINATE;
                    }
                    if (attrs.isRegularFile() && firstVisit(file)) {
                        sink.accept(file, false);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    notes.accept(e instanceof FileSystemLoopException
                            ? "models: skipped link loop at " + file
                            : "models: cannot read " + file + ": " + ArtifactFormats.oneLine(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            notes.accept("models: cannot walk " + root + ": " + ArtifactFormats.oneLine(e));
        }
    }

    /** The same file reached through two links is scanned once. */
    private boolean firstVisit(Path file) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file.toAbsolutePath().normalize();
        }
        return seen.add(key);
    }
}
