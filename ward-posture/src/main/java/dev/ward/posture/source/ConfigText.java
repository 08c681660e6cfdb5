package dev.ward.posture.source;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.posture.PostureDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The raw text of one recognised config file, for checks that read text rather than structure, such as secrets. */
public record ConfigText(SourceFile file, FileKind kind) implements PostureDocument {

    @Override
    public List<Path> sources() {
        return List.of(file.path());
    }

    public Asset asset() {
        return fileAsset(file.path(), kind);
    }

    public static Asset fileAsset(Path path, FileKind kind) {
        return new Asset(AssetKind.FILE, "file:" + SourceFile.displayPath(path),
                Map.of("format", kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
