package dev.ward.posture;

import dev.ward.posture.source.FileKind;
import dev.ward.posture.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the files of one format into documents for the checks. Files that belong together (a Terraform module's
 * {@code .tf} files, a ClickHouse server's {@code config.d}) share a group key and are read as one.
 */
public interface DocumentReader {

    FileKind kind();

    /** The group a file belongs to; files with equal keys are read together. */
    Path groupKey(Path file);

    /** The documents of one group; files that cannot be parsed come back as {@link dev.ward.posture.source.UnparseableFile}. Never throws. */
    List<PostureDocument> read(Path group, List<SourceFile> files);
}
