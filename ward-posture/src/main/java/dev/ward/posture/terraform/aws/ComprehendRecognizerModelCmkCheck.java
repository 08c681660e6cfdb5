package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The trained recognizer is a model artifact; a CMK lets the owner control who can decrypt it. */
public final class ComprehendRecognizerModelCmkCheck extends TerraformResourceCheck {

    public ComprehendRecognizerModelCmkCheck() {
        super(new CheckInfo("tf.aws.comprehend-recognizer-model-cmk", "Comprehend entity recognizer model is not encrypted with a CMK", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set model_kms_key_id = aws_kms_key.<key>.arn."),
                List.of("aws_comprehend_entity_recognizer"), List.of("CKV_AWS_267"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("model_kms_key_id"), "model_kms_key_id", "no model_kms_key_id");
    }
}
