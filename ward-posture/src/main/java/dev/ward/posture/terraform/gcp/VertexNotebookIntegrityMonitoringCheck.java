package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Integrity monitoring reports boot-time tampering of the notebook VM. */
public final class VertexNotebookIntegrityMonitoringCheck extends TerraformResourceCheck {

    public VertexNotebookIntegrityMonitoringCheck() {
        super(new CheckInfo("tf.gcp.vertex-notebook-integrity-monitoring", "Vertex AI notebook has integrity monitoring off", Severity.LOW,
                List.of(LLM03_SUPPLY_CHAIN, NIST_MONITORING, CWE_NO_LOGGING),
                "Set shielded_instance_config { enable_integrity_monitoring = true }."),
                List.of("google_notebooks_instance"), List.of("CKV_GCP_127"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.bool("shielded_instance_config.enable_integrity_monitoring").orElse(true),
                "shielded_instance_config.enable_integrity_monitoring", "enable_integrity_monitoring is false");
    }
}
