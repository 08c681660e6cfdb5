package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;
import java.util.Optional;

/** Code in a notebook runs with its role; Action "*" on Resource "*" makes every notebook user an account admin. */
public final class SageMakerNotebookAdminRoleCheck extends TerraformResourceCheck {

    public SageMakerNotebookAdminRoleCheck() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-admin-role", "SageMaker notebook role allows every action on every resource", Severity.HIGH,
                List.of(LLM06_AGENCY, ATLAS_VALID_ACCOUNTS, CWE_EXCESS_PRIVILEGE, NIST_SECURITY),
                "Scope the role in role_arn to the buckets, models and endpoints the notebook needs; remove statements with Action \"*\" and Resource \"*\" (and AdministratorAccess attachments)."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV2_AWS_68"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        Optional<TerraformResource> role = module.referenced(r.value("role_arn").orElse(null))
                .filter(found -> found.type().equals("aws_iam_role"));
        if (role.isEmpty()) {
            return Verdict.pass();
        }
        return Verdict.require(!IamPolicies.grantsEverything(role.get(), module), "role_arn",
                "role " + role.get().address() + " allows Action * on Resource *");
    }
}
