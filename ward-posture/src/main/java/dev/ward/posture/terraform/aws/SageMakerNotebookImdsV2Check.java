package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** IMDSv1 hands out the notebook role's credentials to any SSRF from code running in it. */
public final class SageMakerNotebookImdsV2Check extends TerraformResourceCheck {

    public SageMakerNotebookImdsV2Check() {
        super(new CheckInfo("tf.aws.sagemaker-notebook-imdsv2", "SageMaker notebook allows IMDSv1", Severity.MEDIUM,
                List.of(ATLAS_UNSECURED_CREDENTIALS, CWE_IMPROPER_AUTH, NIST_SECURITY),
                "Add instance_metadata_service_configuration { minimum_instance_metadata_service_version = \"2\" }."),
                List.of("aws_sagemaker_notebook_instance"), List.of("CKV_AWS_371"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.string("instance_metadata_service_configuration.minimum_instance_metadata_service_version").map(v -> v.equals("2")).orElse(false), "instance_metadata_service_configuration.minimum_instance_metadata_service_version", "minimum_instance_metadata_service_version is not 2");
    }
}
