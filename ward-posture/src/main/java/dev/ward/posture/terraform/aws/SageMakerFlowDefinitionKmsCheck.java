package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Human-in-the-loop review output contains the reviewed inputs and labels. */
public final class SageMakerFlowDefinitionKmsCheck extends TerraformResourceCheck {

    public SageMakerFlowDefinitionKmsCheck() {
        super(new CheckInfo("tf.aws.sagemaker-flow-definition-kms", "SageMaker human review flow output is not encrypted with KMS", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set output_config { kms_key_id = aws_kms_key.<key>.arn }."),
                List.of("aws_sagemaker_flow_definition"), List.of("CKV_AWS_372"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("output_config.kms_key_id"), "output_config.kms_key_id", "no output_config.kms_key_id");
    }
}
