package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Managed notebook runtimes keep user data on their data disk. */
public final class VertexRuntimeCmkCheck extends TerraformResourceCheck {

    public VertexRuntimeCmkCheck() {
        super(new CheckInfo("tf.gcp.vertex-runtime-cmk", "Vertex AI runtime disks are not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set virtual_machine { virtual_machine_config { encryption_config { kms_key = google_kms_crypto_key.<key>.id } } }."),
                List.of("google_notebooks_runtime"), List.of("CKV2_GCP_35"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("virtual_machine.virtual_machine_config.encryption_config.kms_key"), "virtual_machine.virtual_machine_config.encryption_config.kms_key", "no encryption_config.kms_key");
    }
}
