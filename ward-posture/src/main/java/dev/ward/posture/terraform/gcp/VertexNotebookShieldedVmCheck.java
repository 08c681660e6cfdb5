package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Shielded VM measured boot needs the vTPM; turning it off loses boot integrity evidence on a box that holds data and credentials. */
public final class VertexNotebookShieldedVmCheck extends TerraformResourceCheck {

    public VertexNotebookShieldedVmCheck() {
        super(new CheckInfo("tf.gcp.vertex-notebook-shielded-vm", "Vertex AI notebook runs without Shielded VM vTPM", Severity.LOW,
                List.of(LLM03_SUPPLY_CHAIN, CWE_INSECURE_DEFAULT, NIST_SECURITY),
                "Set shielded_instance_config { enable_vtpm = true, enable_secure_boot = true, enable_integrity_monitoring = true }."),
                List.of("google_notebooks_instance"), List.of("CKV_GCP_126"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("shielded_instance_config.enable_vtpm").orElse(true), "shielded_instance_config.enable_vtpm",
                "shielded_instance_config.enable_vtpm is false");
    }
}
