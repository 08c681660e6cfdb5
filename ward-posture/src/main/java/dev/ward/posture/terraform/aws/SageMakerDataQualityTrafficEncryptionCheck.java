package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Inter-container traffic of monitoring jobs carries inference data in clear unless encryption is on. */
public final class SageMakerDataQualityTrafficEncryptionCheck extends TerraformResourceCheck {

    public SageMakerDataQualityTrafficEncryptionCheck() {
        super(new CheckInfo("tf.aws.sagemaker-data-quality-traffic-encryption", "SageMaker data quality job does not encrypt traffic between instances", Severity.LOW,
                List.of(LLM02_DISCLOSURE, CWE_CLEARTEXT_TRANSMISSION, NIST_PRIVACY),
                "Set network_config { enable_inter_container_traffic_encryption = true }."),
                List.of("aws_sagemaker_data_quality_job_definition"), List.of("CKV_AWS_369"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("network_config.enable_inter_container_traffic_encryption").orElse(false), "network_config.enable_inter_container_traffic_encryption", "enable_inter_container_traffic_encryption is not true");
    }
}
