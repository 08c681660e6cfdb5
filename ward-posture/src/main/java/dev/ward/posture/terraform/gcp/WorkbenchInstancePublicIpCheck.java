package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Workbench instances get an external address unless disable_public_ip is true. */
public final class WorkbenchInstancePublicIpCheck extends TerraformResourceCheck {

    public WorkbenchInstancePublicIpCheck() {
        super(new CheckInfo("tf.gcp.workbench-instance-public-ip", "Vertex AI Workbench instance has a public IP", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set gce_setup { disable_public_ip = true } with network_interfaces on a private subnet."),
                List.of("google_workbench_instance"), List.of("CKV2_GCP_28"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("gce_setup.disable_public_ip").orElse(false), "gce_setup.disable_public_ip", "gce_setup.disable_public_ip is not true");
    }
}
