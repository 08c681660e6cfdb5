package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The monitoring cluster volume holds the captured data while the job runs. */
public final class SageMakerDataQualityVolumeKmsCheck extends TerraformResourceCheck {

    public SageMakerDataQualityVolumeKmsCheck() {
        super(new CheckInfo("tf.aws.sagemaker-data-quality-volume-kms", "SageMaker data quality job volume is not encrypted with KMS", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set job_resources { cluster_config { volume_kms_key_id = aws_kms_key.<key>.arn } }."),
                List.of("aws_sagemaker_data_quality_job_definition"), List.of("CKV_AWS_368"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("job_resources.cluster_config.volume_kms_key_id"), "job_resources.cluster_config.volume_kms_key_id", "no job_resources.cluster_config.volume_kms_key_id");
    }
}
