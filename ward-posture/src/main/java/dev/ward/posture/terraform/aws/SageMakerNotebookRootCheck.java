package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Root on the notebook (the AWS default) lets any package installed there change the instance and read what other users left there. */
public final class SageMakerNotebookRootCheck extends TerraformResourceCheck {

    public SageMakerNotebookRootCheck() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-root", "SageMaker notebook users have root access", Severity.MEDIUM,
                List.of(CWE_EXCESS_PRIVILEGE, LLM03_SUPPLY_CHAIN, NIST_SECURITY),
                "Set root_access = \"Disabled\" on the aws_sagemaker_notebook_instance."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV_AWS_307"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.string("root_access").map(v -> v.equals("Disabled")).orElse(false), "root_access", "root_access is not Disabled (AWS enables it by default)");
    }
}
