package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Endpoint data such as deployed models and request logs fall under the endpoint key. */
public final class VertexEndpointCmkCheck extends TerraformResourceCheck {

    public VertexEndpointCmkCheck() {
        super(new CheckInfo("tf.gcp.vertex-endpoint-cmk", "Vertex AI endpoint is not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Add encryption_spec { kms_key_name = google_kms_crypto_key.<key>.id } to the google_vertex_ai_endpoint."),
                List.of("google_vertex_ai_endpoint"), List.of("CKV2_GCP_24"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("encryption_spec.kms_key_name"), "encryption_spec.kms_key_name", "no encryption_spec.kms_key_name");
    }
}
