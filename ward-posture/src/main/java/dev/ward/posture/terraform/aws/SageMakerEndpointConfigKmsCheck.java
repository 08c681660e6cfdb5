package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The ML storage volume attached to endpoint instances holds the deployed model. */
public final class SageMakerEndpointConfigKmsCheck extends TerraformResourceCheck {

    public SageMakerEndpointConfigKmsCheck() {
        super(new CheckInfo("tf.aws.sagemaker-endpoint-config-kms", "SageMaker endpoint configuration does not encrypt its storage with KMS", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set kms_key_arn = aws_kms_key.<key>.arn on the aws_sagemaker_endpoint_configuration."),
                List.of("aws_sagemaker_endpoint_configuration"), List.of("CKV_AWS_98"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("kms_key_arn"), "kms_key_arn", "no kms_key_arn");
    }
}
