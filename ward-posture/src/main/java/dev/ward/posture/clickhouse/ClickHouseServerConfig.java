package dev.ward.posture.clickhouse;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Location;
import dev.ward.posture.PostureDocument;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.XmlElement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The effective configuration of one ClickHouse server: {@code config.xml}, {@code config.d/}, {@code users.xml}
 * and {@code users.d/} merged as the server merges them.
 *
 * @param root           the directory (or single file) the config was read from
 * @param effective      the merged tree
 * @param sources        the files merged, in merge order
 * @param shippedUsers   true when no users file was found and the package's shipped {@code users.xml} was assumed:
 *                       a {@code default} user with an empty password, open to {@code ::/0}
 */
public record ClickHouseServerConfig(Path root, XmlElement effective, List<Path> sources, boolean shippedUsers)
        implements PostureDocument {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    private static final Set<String> WILDCARD = Set.of("::", "0.0.0.0", "::0", "[::]", "0:0:0:0:0:0:0:0");

    public ClickHouseServerConfig {
        sources = List.copyOf(sources);
    }

    public List<XmlElement> listenHosts() {
        return effective.children("listen_host");
    }

    /** Bound to every interface. Without any {@code listen_host} the server listens on loopback only. */
    public List<XmlElement> wildcardListenHosts() {
        return listenHosts().stream().filter(h -> WILDCARD.contains(h.text())).toList();
    }

    /** Reachable from other machines: some {@code listen_host} that is not a loopback address. */
    public boolean networkFacing() {
        return listenHosts().stream().anyMatch(h -> !h.text().isEmpty() && !LOOPBACK.contains(h.text())
                && !h.text().startsWith("127."));
    }

    /** Users anyone on the network can log in as: the server listens beyond loopback and they accept any address. */
    public List<ClickHouseUser> reachableUsers() {
        return networkFacing() ? users().stream().filter(ClickHouseUser::acceptsAnyHost).toList() : List.of();
    }

    public List<ClickHouseUser> users() {
        return effective.child("users").map(u -> u.children().stream().map(e -> new ClickHouseUser(e.name(), e)).toList())
                .orElse(List.of());
    }

    public Optional<XmlElement> profile(String name) {
        return effective.child("profiles").flatMap(p -> p.child(name));
    }

    public Optional<XmlElement> quota(String name) {
        return effective.child("quotas").flatMap(q -> q.child(name));
    }

    public Optional<XmlElement> setting(String name) {
        return effective.child(name);
    }

    public Asset asset() {
        return new Asset(AssetKind.FILE, "file:" + SourceFile.displayPath(root),
                java.util.Map.of("product", "clickhouse", "format", "clickhouse-xml"));
    }

    /** Where an element of the effective tree was written; elements of the assumed shipped defaults point at line 1 of the first file. */
    public Location locate(XmlElement element) {
        if (element.source() == null) {
            return new Location(SourceFile.displayPath(sources.getFirst()), 1, 1);
        }
        return new Location(SourceFile.displayPath(element.source()), element.line(), 1);
    }

    /** A note for messages about users that come from the assumed shipped users.xml. */
    public String origin(XmlElement element) {
        return element.source() == null ? " (from the users.xml ClickHouse ships, since none was found here)" : "";
    }
}
