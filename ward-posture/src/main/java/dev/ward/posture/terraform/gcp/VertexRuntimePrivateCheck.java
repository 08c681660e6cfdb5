package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A runtime without internal_ip_only gets an external address. */
public final class VertexRuntimePrivateCheck extends TerraformResourceCheck {

    public VertexRuntimePrivateCheck() {
        super(new CheckInfo("tf.gcp.vertex-runtime-private", "Vertex AI runtime has a public IP", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set virtual_machine { virtual_machine_config { internal_ip_only = true } } with a network and subnet."),
                List.of("google_notebooks_runtime"), List.of("CKV2_GCP_36"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("virtual_machine.virtual_machine_config.internal_ip_only").orElse(false), "virtual_machine.virtual_machine_config.internal_ip_only", "internal_ip_only is not true");
    }
}
