package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Without network isolation a model container (third-party code) can make outbound calls with the inference data. */
public final class SageMakerModelNetworkIsolationCheck extends TerraformResourceCheck {

    public SageMakerModelNetworkIsolationCheck() {
        super(new CheckInfo("tf.aws.sagemaker-model-network-isolation", "SageMaker model container is not network isolated", Severity.MEDIUM,
                List.of(LLM03_SUPPLY_CHAIN, ATLAS_EXFILTRATION, CWE_MISSING_ISOLATION, NIST_SECURITY),
                "Set enable_network_isolation = true on the aws_sagemaker_model."),
                List.of("aws_sagemaker_model"), List.of("CKV_AWS_370"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("enable_network_isolation").orElse(false), "enable_network_isolation", "enable_network_isolation is not true");
    }
}
