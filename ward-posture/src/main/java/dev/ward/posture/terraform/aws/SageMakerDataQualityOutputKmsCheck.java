package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Monitoring output holds samples of production inference data. */
public final class SageMakerDataQualityOutputKmsCheck extends TerraformResourceCheck {

    public SageMakerDataQualityOutputKmsCheck() {
        super(new CheckInfo("tf.aws.sagemaker-data-quality-output-kms", "SageMaker data quality job output is not encrypted with KMS", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set data_quality_job_output_config { kms_key_id = aws_kms_key.<key>.arn }."),
                List.of("aws_sagemaker_data_quality_job_definition"), List.of("CKV_AWS_367"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("data_quality_job_output_config.kms_key_id"), "data_quality_job_output_config.kms_key_id", "no data_quality_job_output_config.kms_key_id");
    }
}
