package dev.ward.posture.source;

import dev.ward.posture.PostureDocument;
import java.nio.file.Path;
import java.util.List;

/** A file Ward recognised as a config it checks but could not read: malformed, hostile or too large. */
public record UnparseableFile(Path path, FileKind kind, String reason) implements PostureDocument {

    @Override
    public List<Path> sources() {
        return List.of(path);
    }
}
