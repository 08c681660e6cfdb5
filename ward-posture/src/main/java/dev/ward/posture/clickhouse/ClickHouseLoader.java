package dev.ward.posture.clickhouse;

import dev.ward.posture.source.MalformedConfigException;
import dev.ward.posture.source.SafeXml;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.XmlElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds one {@link ClickHouseServerConfig} from the ClickHouse XML files of one server directory, in the server's
 * merge order: main config, {@code config.d/*.xml} by name, users file, {@code users.d/*.xml} by name.
 */
public final class ClickHouseLoader {

    private static final String SHIPPED_USERS = "shipped-users.xml";

    private ClickHouseLoader() {
    }

    /** The directory a file's server config is rooted at: the parent of {@code config.d}/{@code users.d}, else its own folder. */
    public static Path serverRoot(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
        Path original = file.getParent() == null ? Path.of(".") : file.getParent();
        if (dirName.equals("config.d") || dirName.equals("users.d")) {
            return original.getParent() == null ? Path.of(".") : original.getParent();
        }
        return isServerFile(file) ? original : file;
    }

    /** Merges the files; a file that does not parse goes to {@code malformed} and is left out of the merge. */
    public static ClickHouseServerConfig load(Path root, List<SourceFile> files, Consumer<Map.Entry<Path, String>> malformed) {
        List<SourceFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(ClickHouseLoader::rank).thenComparing(f -> f.path().getFileName().toString()));
        List<XmlElement> layers = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        boolean hasUsers = false;
        boolean shipped = false;
        for (SourceFile file : ordered) {
            XmlElement parsed;
            try {
                parsed = SafeXml.parse(file.path(), file.text());
            } catch (MalformedConfigException e) {
                malformed.accept(Map.entry(file.path(), e.getMessage()));
                continue;
            }
            int rank = rank(file);
            hasUsers |= rank == 2 || (rank == 0 && parsed.child("users").isPresent());
            // users.d files override the users.xml the package installs when the repository does not carry one.
            if (rank == 3 && !hasUsers && !shipped) {
                layers.add(shippedUsers());
                shipped = true;
            }
            layers.add(parsed);
            sources.add(file.path());
        }
        if (layers.isEmpty()) {
            return null;
        }
        if (!hasUsers && !shipped) {
            layers.add(shippedUsers());
            shipped = true;
        }
        return new ClickHouseServerConfig(root, ClickHouseConfigMerge.merge(layers), sources, shipped);
    }

    /** 0 main config, 1 config.d, 2 users.xml, 3 users.d. */
    private static int rank(SourceFile file) {
        Path parent = file.path().toAbsolutePath().getParent();
        String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        String name = file.path().getFileName().toString();
        if (dir.equals("config.d")) {
            return 1;
        }
        if (dir.equals("users.d")) {
            return 3;
        }
        return name.equals("users.xml") || name.equals("users.yaml") ? 2 : 0;
    }

    private static boolean isServerFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("config.xml") || name.equals("users.xml");
    }

    /** Parsed once; merging copies the base layer and never changes later layers, so sharing it is safe. */
    private static final XmlElement SHIPPED = readShippedUsers();

    private static XmlElement shippedUsers() {
        return SHIPPED;
    }

    private static XmlElement readShippedUsers() {
        try (InputStream in = ClickHouseLoader.class.getResourceAsStream(SHIPPED_USERS)) {
            return SafeXml.parse(null, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedConfigException e) {
            throw new IllegalStateException("bundled " + SHIPPED_USERS + " is broken", e);
        }
    }
}
