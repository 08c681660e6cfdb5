package dev.ward.posture.terraform;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.ward.posture.DocumentReader;
import dev.ward.posture.PostureDocument;
import dev.ward.posture.source.FileKind;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.UnparseableFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a directory's {@code .tf} files as one module with hcl4j. Variables resolve to their literal defaults,
 * overridden by {@code terraform.tfvars} and {@code *.auto.tfvars} beside them, as {@code terraform plan} would.
 */
public final class TerraformReader implements DocumentReader {

    private static final Pattern VARIABLE_BLOCK = Pattern.compile("(?m)^\\s*variable\\s+\"");

    @Override
    public FileKind kind() {
        return FileKind.TERRAFORM;
    }

    @Override
    public Path groupKey(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of(".") : parent;
    }

    @Override
    public List<PostureDocument> read(Path directory, List<SourceFile> files) {
        List<PostureDocument> documents = new ArrayList<>();
        // Declarations first, so each file is parsed once with every variable default known; only a file that both
        // declares and uses variables is parsed twice.
        Map<SourceFile, Map<String, Object>> parsed = new HashMap<>();
        Map<String, Object> variables = new HashMap<>();
        for (SourceFile file : files) {
            if (VARIABLE_BLOCK.matcher(file.text()).find()) {
                parseInto(file, Map.of(), parsed, documents).ifPresent(tree -> collectDefaults(tree, variables));
            }
        }
        variables.putAll(tfvars(directory));
        for (SourceFile file : files) {
            boolean usesVariables = !variables.isEmpty() && file.text().contains("var.");
            if (!parsed.containsKey(file) && !failed(file, documents) || parsed.containsKey(file) && usesVariables) {
                parseInto(file, variables, parsed, documents);
            }
        }
        List<TerraformResource> resources = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (SourceFile file : files) {
            if (parsed.containsKey(file)) {
                sources.add(file.path());
                resources.addAll(resources(file, parsed.get(file)));
            }
        }
        if (!sources.isEmpty()) {
            documents.add(new TerraformModule(directory, resources, sources));
        }
        return documents;
    }

    private Optional<Map<String, Object>> parseInto(SourceFile file, Map<String, Object> variables,
                                                    Map<SourceFile, Map<String, Object>> parsed, List<PostureDocument> documents) {
        try {
            Map<String, Object> tree = parse(file.text(), variables);
            parsed.put(file, tree);
            return Optional.of(tree);
        } catch (Exception | StackOverflowError e) {
            if (!parsed.containsKey(file)) {
                documents.add(new UnparseableFile(file.path(), kind(), "HCL: " + describe(e)));
            }
            return Optional.empty();
        }
    }

    private static boolean failed(SourceFile file, List<PostureDocument> documents) {
        return documents.stream().anyMatch(d -> d instanceof UnparseableFile u && u.path().equals(file.path()));
    }

    private static Map<String, Object> parse(String text, Map<String, Object> variables) throws Exception {
        HCLParser parser = new HCLParser();
        if (!variables.isEmpty()) {
            parser.setVariables(new HashMap<>(variables));
        }
        return parser.parse(text, true);
    }

    private static void collectDefaults(Map<String, Object> parsed, Map<String, Object> variables) {
        if (parsed.get("variable") instanceof Map<?, ?> declared) {
            declared.forEach((name, body) -> {
                if (body instanceof Map<?, ?> b && b.get("default") != null) {
                    variables.put(name.toString(), b.get("default"));
                }
            });
        }
    }

    private static Map<String, Object> tfvars(Path directory) {
        Map<String, Object> values = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return values;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().equals("terraform.tfvars")
                    || p.getFileName().toString().endsWith(".auto.tfvars")).sorted().toList()) {
                if (Files.size(file) < 1024 * 1024) {
                    new HCLParser().parse(Files.readString(file), true).forEach((k, v) -> {
                        if (v != null) {
                            values.put(k, v);
                        }
                    });
                }
            }
        } catch (Exception e) {
            // tfvars are a refinement: without them the defaults stand.
        }
        return values;
    }

    private static List<TerraformResource> resources(SourceFile file, Map<String, Object> parsed) {
        List<TerraformResource> found = new ArrayList<>();
        TerraformSourceIndex index = new TerraformSourceIndex(file);
        Map<String, Integer> starts = index.resourceStarts();
        if (parsed.get("resource") instanceof Map<?, ?> byType) {
            byType.forEach((type, byName) -> {
                if (byName instanceof Map<?, ?> named) {
                    named.forEach((name, body) -> found.add(new TerraformResource(type.toString(), name.toString(),
                            asMap(body), file, starts.getOrDefault(type + "." + name, -1), index)));
                }
            });
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object body) {
        if (body instanceof List<?> list && !list.isEmpty()) {
            body = list.getFirst();
        }
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
