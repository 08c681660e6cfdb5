package dev.ward.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Secrets already known and accepted, so CI fails only on new ones. The file holds, per secret, its SHA-256, the rule
 * and the path: never the secret. Entries are sorted, so the file diffs cleanly when it is updated.
 */
public final class Baseline {

    static final int VERSION = 1;
    /** Made on first use: most scans have no baseline, and a mapper costs start-up time. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One accepted secret: {@code hash} is {@code sha256:<hex>} of the secret. */
    public record Entry(String hash, String rule, String path) {
    }

    private final Set<Entry> entries;

    private Baseline(Set<Entry> entries) {
        this.entries = Set.copyOf(entries);
    }

    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** Reads a baseline file; a missing or malformed one is the user's error, said in one line. */
    public static Baseline load(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --baseline " + file + ": " + firstLine(e.getMessage()));
        }
        if (root == null || !root.path("secrets").isArray()) {
            throw new IllegalArgumentException("--baseline " + file + " is not a Ward baseline (no \"secrets\" list)");
        }
        Set<Entry> entries = new HashSet<>();
        for (JsonNode node : root.get("secrets")) {
            String hash = node.path("hash").asText("");
            String rule = node.path("rule").asText("");
            if (!hash.startsWith("sha256:") || rule.isEmpty()) {
                throw new IllegalArgumentException("--baseline " + file + " has an entry without a sha256 hash or rule");
            }
            entries.add(new Entry(hash.substring("sha256:".length()), rule, node.path("path").asText("")));
        }
        return new Baseline(entries);
    }

    public int size() {
        return entries.size();
    }

    public boolean contains(Entry entry) {
        return entries.contains(entry);
    }

    /** Writes the entries, replacing the file. */
    public static void write(Path file, Collection<Entry> entries) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("ward-baseline", VERSION);
        root.put("note", "Secrets accepted by `ward secrets --baseline`: SHA-256 of each secret, its rule and path. No secret is stored.");
        ArrayNode list = root.putArray("secrets");
        entries.stream().distinct()
                .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::rule).thenComparing(Entry::hash))
                .forEach(e -> list.addObject().put("rule", e.rule()).put("path", e.path()).put("hash", "sha256:" + e.hash()));
        try {
            Json.MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write --write-baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
