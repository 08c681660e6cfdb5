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
import java.util.stream.Stream;

/**
 * Reads a directory's {@code .tf} files as one module with hcl4j. Variables resolve to their literal defaults,
 * overridden by {@code terraform.tfvars} and {@code *.auto.tfvars} beside them, as {@code terraform plan} would.
 */
public final class TerraformReader implements DocumentReader {

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
        Map<SourceFile, Map<String, Object>> firstPass = new HashMap<>();
        Map<String, Object> variables = new HashMap<>();
        for (SourceFile file : files) {
            try {
                Map<String, Object> parsed = parse(file.text(), Map.of());
                firstPass.put(file, parsed);
                collectDefaults(parsed, variables);
            } catch (Exception | StackOverflowError e) {
                documents.add(new UnparseableFile(file.path(), kind(), "HCL: " + describe(e)));
            }
        }
        variables.putAll(tfvars(directory));
        List<TerraformResource> resources = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (SourceFile file : files) {
            if (!firstPass.containsKey(file)) {
                continue;
            }
            Map<String, Object> parsed;
            try {
                parsed = variables.isEmpty() ? firstPass.get(file) : parse(file.text(), variables);
            } catch (Exception | StackOverflowError e) {
                parsed = firstPass.get(file);
            }
            sources.add(file.path());
            resources.addAll(resources(file, parsed));
        }
        if (!sources.isEmpty()) {
            documents.add(new TerraformModule(directory, resources, sources));
        }
        return documents;
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
        if (parsed.get("resource") instanceof Map<?, ?> byType) {
            byType.forEach((type, byName) -> {
                if (byName instanceof Map<?, ?> named) {
                    named.forEach((name, body) -> found.add(new TerraformResource(type.toString(), name.toString(),
                            asMap(body), file, index.blockStart("resource", type.toString(), name.toString()), index)));
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
