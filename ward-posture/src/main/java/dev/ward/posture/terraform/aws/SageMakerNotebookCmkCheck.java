package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The notebook volume holds datasets, model files and often credentials. */
public final class SageMakerNotebookCmkCheck extends TerraformResourceCheck {

    public SageMakerNotebookCmkCheck() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-cmk", "SageMaker notebook volume is not encrypted with a CMK", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set kms_key_id = aws_kms_key.<key>.arn on the aws_sagemaker_notebook_instance."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV_AWS_22", "CKV_AWS_187"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("kms_key_id"), "kms_key_id", "no kms_key_id");
    }
}
