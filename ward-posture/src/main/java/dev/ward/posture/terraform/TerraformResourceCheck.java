package dev.ward.posture.terraform;

import dev.ward.core.CheckInfo;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A check on Terraform resources of some types. Each resource gets a {@link Verdict}; failures become findings at
 * the attribute to change. The verdicts are public so Ward can be measured against peers resource by resource.
 */
public abstract class TerraformResourceCheck implements PostureCheck<TerraformModule> {

    private final CheckInfo info;
    private final List<String> resourceTypes;
    private final List<String> equivalents;

    protected TerraformResourceCheck(CheckInfo info, List<String> resourceTypes, List<String> equivalents) {
        this.info = info;
        this.resourceTypes = List.copyOf(resourceTypes);
        this.equivalents = List.copyOf(equivalents);
    }

    /** Pass, or fail with the attribute to point at and what is wrong; {@link Verdict#notApplicable()} to skip. */
    public abstract Verdict evaluate(TerraformResource resource, TerraformModule module);

    @Override
    public final CheckInfo info() {
        return info;
    }

    @Override
    public final Class<TerraformModule> documentType() {
        return TerraformModule.class;
    }

    @Override
    public final List<String> equivalents() {
        return equivalents;
    }

    public final List<String> resourceTypes() {
        return resourceTypes;
    }

    @Override
    public final List<Violation> inspect(TerraformModule module) {
        List<Violation> violations = new ArrayList<>();
        for (TerraformResource resource : module.resources()) {
            if (!resourceTypes.contains(resource.type())) {
                continue;
            }
            if (evaluate(resource, module) instanceof Verdict.Fail(String attribute, String message)) {
                violations.add(new Violation(resource.asset(), resource.location(attribute),
                        resource.address() + ": " + message, resource.address()));
            }
        }
        return violations;
    }
}
