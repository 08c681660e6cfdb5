package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Without subnet_id the notebook runs in the SageMaker service VPC, outside your security groups and flow logs. */
public final class SageMakerNotebookVpcCheck extends TerraformResourceCheck {

    public SageMakerNotebookVpcCheck() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-vpc", "SageMaker notebook is not in a custom VPC", Severity.MEDIUM,
                List.of(ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set subnet_id = aws_subnet.<private>.id and security_groups = [aws_security_group.<sg>.id]."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV_AWS_306"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("subnet_id"), "subnet_id", "no subnet_id");
    }
}
