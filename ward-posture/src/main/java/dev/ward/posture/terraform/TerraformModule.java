package dev.ward.posture.terraform;

import dev.ward.posture.PostureDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The resources of one Terraform module: every {@code .tf} file in one directory, read with its variables. */
public record TerraformModule(Path directory, List<TerraformResource> resources, List<Path> sources) implements PostureDocument {

    public TerraformModule {
        resources = List.copyOf(resources);
        sources = List.copyOf(sources);
    }

    public List<TerraformResource> resources(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource an expression such as {@code aws_iam_role.notebook.arn} points at, if it is in this module. */
    public Optional<TerraformResource> referenced(Object expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String text = expression.toString().replace("${", "").replace("}", "").trim();
        String[] parts = text.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        return resources.stream().filter(r -> r.type().equals(parts[0]) && r.name().equals(parts[1])).findFirst();
    }

    /** True when the expression refers to the resource (by {@code type.name.attr}). */
    public static boolean refersTo(Object expression, TerraformResource resource) {
        return expression != null && expression.toString().replace("${", "").trim().startsWith(resource.address() + ".");
    }
}
