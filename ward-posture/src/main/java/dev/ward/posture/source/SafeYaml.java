package dev.ward.posture.source;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads every document of a YAML stream into {@link YamlNode}s with lines. Alias expansion, nesting depth and size
 * are bounded, so an alias bomb ("billion laughs") or a deeply nested file fails fast instead of eating memory.
 */
public final class SafeYaml {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_NODES = 2_000_000;
    private static final YAMLFactory FACTORY = factory();

    private SafeYaml() {
    }

    public static List<YamlNode> parseAll(String text) throws MalformedConfigException {
        List<YamlNode> documents = new ArrayList<>();
        try (YAMLParser parser = FACTORY.createParser(text)) {
            Reader reader = new Reader(parser);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                documents.add(reader.read(token, 0));
            }
        } catch (IOException | RuntimeException e) {
            throw new MalformedConfigException("YAML: " + firstLine(e.getMessage()));
        }
        return documents;
    }

    /**
     * Builds nodes, resolving aliases to the anchored node and {@code <<} merge keys into their mapping. Every node an
     * alias stands for is charged against the budget as if copied, which is what stops alias bombs.
     */
    private static final class Reader {
        private final YAMLParser parser;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Integer> sizes = new IdentityHashMap<>();
        private long budget = MAX_NODES;

        Reader(YAMLParser parser) {
            this.parser = parser;
        }

        YamlNode read(JsonToken token, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("YAML nested deeper than " + MAX_DEPTH);
            }
            if (parser.isCurrentAlias()) {
                YamlNode target = anchors.get(parser.getText());
                if (target == null) {
                    throw new IOException("YAML alias *" + parser.getText() + " has no anchor");
                }
                charge(sizes.getOrDefault(target, 1));
                return target;
            }
            String anchor = parser.getObjectId() instanceof String id ? id : null;
            int line = parser.currentTokenLocation().getLineNr();
            charge(1);
            YamlNode node = switch (token) {
                case START_OBJECT -> mapping(line, depth);
                case START_ARRAY -> sequence(line, depth);
                case VALUE_NULL -> new YamlNode.Scalar(null, line);
                default -> new YamlNode.Scalar(parser.getText(), line);
            };
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private YamlNode mapping(int line, int depth) throws IOException {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, YamlNode> merged = new LinkedHashMap<>();
            int size = 1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                YamlNode value = read(parser.nextToken(), depth + 1);
                size += sizes.getOrDefault(value, 1);
                if (key.equals("<<")) {
                    List<YamlNode> sources = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
                    for (YamlNode source : sources) {
                        if (source instanceof YamlNode.Mapping m) {
                            m.entries().forEach(merged::putIfAbsent);
                        }
                    }
                } else {
                    entries.put(key, value);
                }
            }
            merged.forEach(entries::putIfAbsent);
            YamlNode node = new YamlNode.Mapping(entries, line);
            sizes.put(node, size);
            return node;
        }

        private YamlNode sequence(int line, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            int size = 1;
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                YamlNode item = read(next, depth + 1);
                size += sizes.getOrDefault(item, 1);
                items.add(item);
            }
            YamlNode node = new YamlNode.Sequence(items, line);
            sizes.put(node, size);
            return node;
        }

        private void charge(int nodes) throws IOException {
            budget -= nodes;
            if (budget < 0) {
                throw new IOException("YAML expands to more than " + MAX_NODES + " nodes (alias bomb?)");
            }
        }
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(16 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
