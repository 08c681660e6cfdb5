package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** An index endpoint serves vector search over embeddings of private documents. */
public final class VertexIndexEndpointPrivateCheck extends TerraformResourceCheck {

    public VertexIndexEndpointPrivateCheck() {
        super(new CheckInfo("tf.gcp.vertex-index-endpoint-private", "Vertex AI vector index endpoint is public", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, LLM08_VECTORS),
                "Set public_endpoint_enabled = false and network = <vpc>, or private_service_connect_config { enable_private_service_connect = true }."),
                List.of("google_vertex_ai_index_endpoint"), List.of("CKV2_GCP_34"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        boolean psc = r.bool("private_service_connect_config.enable_private_service_connect").orElse(false);
        boolean publicEndpoint = r.bool("public_endpoint_enabled").orElse(false);
        return Verdict.require(psc || !publicEndpoint, "public_endpoint_enabled", "public_endpoint_enabled is true");
    }
}
