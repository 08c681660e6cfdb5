package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The domain's EFS volume holds every Studio user's notebooks, data and credentials files. */
public final class SageMakerDomainCmkCheck extends TerraformResourceCheck {

    public SageMakerDomainCmkCheck() {
        super(new CheckInfo("tf.aws.sagemaker-domain-cmk", "SageMaker domain storage is not encrypted with a CMK", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set kms_key_id = aws_kms_key.<key>.arn on the aws_sagemaker_domain."),
                List.of("aws_sagemaker_domain"), List.of("CKV_AWS_187"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("kms_key_id"), "kms_key_id", "no kms_key_id");
    }
}
