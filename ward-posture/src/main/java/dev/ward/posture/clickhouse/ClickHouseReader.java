package dev.ward.posture.clickhouse;

import dev.ward.posture.DocumentReader;
import dev.ward.posture.PostureDocument;
import dev.ward.posture.source.FileKind;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.UnparseableFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a ClickHouse server directory's XML files into one merged config. */
public final class ClickHouseReader implements DocumentReader {

    @Override
    public FileKind kind() {
        return FileKind.CLICKHOUSE_XML;
    }

    @Override
    public Path groupKey(Path file) {
        return ClickHouseLoader.serverRoot(file);
    }

    @Override
    public List<PostureDocument> read(Path group, List<SourceFile> files) {
        List<PostureDocument> documents = new ArrayList<>();
        ClickHouseServerConfig config = ClickHouseLoader.load(group, files,
                bad -> documents.add(new UnparseableFile(bad.getKey(), kind(), bad.getValue())));
        if (config != null) {
            documents.add(config);
        }
        return documents;
    }
}
