package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A notebook with an external address is one firewall rule away from the internet (the provider gives one unless told not to). */
public final class VertexNotebookPublicIpCheck extends TerraformResourceCheck {

    public VertexNotebookPublicIpCheck() {
        super(new CheckInfo("tf.gcp.vertex-notebook-public-ip", "Vertex AI notebook instance has a public IP", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set no_public_ip = true (with network and subnet) on the google_notebooks_instance."),
                List.of("google_notebooks_instance"), List.of("CKV_GCP_89"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("no_public_ip").orElse(false), "no_public_ip", "no_public_ip is not true");
    }
}
