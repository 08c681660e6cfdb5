package dev.ward.posture.terraform.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import java.util.ArrayList;
import java.util.List;

/** Reads the IAM policies that apply to a role in the module: inline, {@code inline_policy} blocks, role policies, attachments. */
final class IamPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IamPolicies() {
    }

    /** True when some policy on the role allows {@code *} on {@code *}, or AdministratorAccess is attached. */
    static boolean grantsEverything(TerraformResource role, TerraformModule module) {
        List<Object> documents = new ArrayList<>();
        role.value("policy").ifPresent(documents::add);
        for (Object inline : role.list("inline_policy")) {
            if (inline instanceof java.util.Map<?, ?> block && block.get("policy") != null) {
                documents.add(block.get("policy"));
            }
        }
        for (TerraformResource policy : module.resources("aws_iam_role_policy")) {
            if (TerraformModule.refersTo(policy.value("role").orElse(null), role)) {
                policy.value("policy").ifPresent(documents::add);
            }
        }
        for (TerraformResource attachment : module.resources("aws_iam_role_policy_attachment")) {
            if (TerraformModule.refersTo(attachment.value("role").orElse(null), role)
                    && attachment.string("policy_arn").map(a -> a.endsWith(":policy/AdministratorAccess")).orElse(false)) {
                return true;
            }
        }
        return documents.stream().anyMatch(IamPolicies::allowsEverything);
    }

    static boolean allowsEverything(Object document) {
        JsonNode root;
        try {
            root = JSON.readTree(String.valueOf(document));
        } catch (Exception e) {
            return false;
        }
        JsonNode statements = root.path("Statement");
        List<JsonNode> each = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(each::add);
        } else if (statements.isObject()) {
            each.add(statements);
        }
        return each.stream().anyMatch(s -> s.path("Effect").asText().equals("Allow")
                && contains(s.path("Action"), "*") && contains(s.path("Resource"), "*"));
    }

    private static boolean contains(JsonNode node, String value) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.asText().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return node.asText().equals(value);
    }
}
