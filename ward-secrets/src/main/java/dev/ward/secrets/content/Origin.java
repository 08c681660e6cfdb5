package dev.ward.secrets.content;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a piece of content came from, as a report shows it.
 *
 * @param path  the location: a path relative to the scanned root, {@code app.jar!/conf/app.properties} inside an
 *              archive, a path inside the repository for git history, or {@code stdin}
 * @param asset what the finding is raised on: the file, or the repository for history
 * @param facts what else is known, for example the git blob id
 */
public record Origin(String path, Asset asset, Map<String, String> facts) {

    public static final String BLOB = "blob";
    public static final String REPOSITORY = "repository";

    public Origin {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(asset, "asset");
        facts = Map.copyOf(facts == null ? Map.of() : facts);
    }

    public static Origin file(String relativePath) {
        return new Origin(relativePath, Asset.of(AssetKind.FILE, relativePath), Map.of());
    }

    /** An entry inside this archive: {@code outer.zip!/inner/path}. */
    public Origin entry(String entryName) {
        String inner = path + "!/" + entryName;
        return new Origin(inner, Asset.of(AssetKind.FILE, inner), facts);
    }

    public Origin with(String fact, String value) {
        Map<String, String> next = new TreeMap<>(facts);
        next.put(fact, value);
        return new Origin(path, asset, next);
    }

    /** The file name: the part after the last separator, archive entries included. */
    public String fileName() {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }
}
