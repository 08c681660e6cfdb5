package dev.ward.posture.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value that remembers its 1-based line, so findings on manifests and compose files point at the setting. */
public sealed interface YamlNode {

    int line();

    record Mapping(Map<String, YamlNode> entries, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A scalar; {@code value} is null for YAML null. */
    record Scalar(String value, int line) implements YamlNode {
    }

    /** The child at a dotted path of mapping keys, if every step is a mapping that has the key. */
    default Optional<YamlNode> at(String dottedPath) {
        YamlNode current = this;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Mapping m) || !m.entries().containsKey(key)) {
                return Optional.empty();
            }
            current = m.entries().get(key);
        }
        return Optional.ofNullable(current);
    }

    default Optional<String> text(String dottedPath) {
        return at(dottedPath).flatMap(n -> n instanceof Scalar s ? Optional.ofNullable(s.value()) : Optional.empty());
    }

    default List<YamlNode> items(String dottedPath) {
        return at(dottedPath).map(n -> n instanceof Sequence s ? s.items() : List.<YamlNode>of()).orElse(List.of());
    }

    default Map<String, YamlNode> entries(String dottedPath) {
        return at(dottedPath).map(n -> n instanceof Mapping m ? m.entries() : Map.<String, YamlNode>of()).orElse(Map.of());
    }

    /** This node's own scalar text, or empty. */
    default Optional<String> scalar() {
        return this instanceof Scalar s ? Optional.ofNullable(s.value()) : Optional.empty();
    }
}
