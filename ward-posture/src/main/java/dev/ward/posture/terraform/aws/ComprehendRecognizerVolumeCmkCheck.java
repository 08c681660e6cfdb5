package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Training data sits on the recognizer volume while the model trains. */
public final class ComprehendRecognizerVolumeCmkCheck extends TerraformResourceCheck {

    public ComprehendRecognizerVolumeCmkCheck() {
        super(new CheckInfo("tf.aws.comprehend-recognizer-volume-cmk", "Comprehend entity recognizer training volume is not encrypted with a CMK", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set volume_kms_key_id = aws_kms_key.<key>.arn."),
                List.of("aws_comprehend_entity_recognizer"), List.of("CKV_AWS_268"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("volume_kms_key_id"), "volume_kms_key_id", "no volume_kms_key_id");
    }
}
