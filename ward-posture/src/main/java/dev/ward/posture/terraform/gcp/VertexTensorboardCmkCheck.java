package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Tensorboards keep training metrics, and often sample inputs and outputs. */
public final class VertexTensorboardCmkCheck extends TerraformResourceCheck {

    public VertexTensorboardCmkCheck() {
        super(new CheckInfo("tf.gcp.vertex-tensorboard-cmk", "Vertex AI tensorboard is not encrypted with a customer managed key", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Add encryption_spec { kms_key_name = google_kms_crypto_key.<key>.id } to the google_vertex_ai_tensorboard."),
                List.of("google_vertex_ai_tensorboard"), List.of("CKV2_GCP_26"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("encryption_spec.kms_key_name"), "encryption_spec.kms_key_name", "no encryption_spec.kms_key_name");
    }
}
