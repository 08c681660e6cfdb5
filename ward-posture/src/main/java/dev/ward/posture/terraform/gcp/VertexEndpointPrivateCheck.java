package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Without a peered network the endpoint is served on a public address, guarded by IAM alone. */
public final class VertexEndpointPrivateCheck extends TerraformResourceCheck {

    public VertexEndpointPrivateCheck() {
        super(new CheckInfo("tf.gcp.vertex-endpoint-private", "Vertex AI endpoint is reachable from the public internet", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, LLM10_CONSUMPTION),
                "Set network = \"projects/<number>/global/networks/<vpc>\" (VPC peering) or use private_service_connect_config on the google_vertex_ai_endpoint."),
                List.of("google_vertex_ai_endpoint"), List.of("CKV2_GCP_33"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        boolean psc = r.bool("private_service_connect_config.enable_private_service_connect").orElse(false);
        return Verdict.require(r.isSet("network") || psc, "network", "no network and no private service connect");
    }
}
