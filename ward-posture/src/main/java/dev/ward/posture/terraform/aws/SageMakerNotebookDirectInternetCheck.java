package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Direct internet access (the AWS default when the attribute is omitted) lets notebook code reach, and leak to, anywhere. */
public final class SageMakerNotebookDirectInternetCheck extends TerraformResourceCheck {

    public SageMakerNotebookDirectInternetCheck() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-direct-internet", "SageMaker notebook has direct internet access", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_EXFILTRATION, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set direct_internet_access = \"Disabled\" with subnet_id and security_groups, and reach the internet through a NAT or VPC endpoints."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV_AWS_122"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        // Omitted means Enabled: AWS's default. Checkov passes the omitted case; Ward follows the provider.
        return Verdict.require(r.string("direct_internet_access").map(v -> v.equals("Disabled")).orElse(r.has("direct_internet_access")),
                "direct_internet_access", r.has("direct_internet_access") ? "direct_internet_access is Enabled"
                        : "direct_internet_access is not set, so AWS enables it");
    }
}
