package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The metadata store records lineage of artifacts, runs and parameters. */
public final class VertexMetadataStoreCmkCheck extends TerraformResourceCheck {

    public VertexMetadataStoreCmkCheck() {
        super(new CheckInfo("tf.gcp.vertex-metadata-store-cmk", "Vertex AI metadata store is not encrypted with a customer managed key", Severity.LOW,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Add encryption_spec { kms_key_name = google_kms_crypto_key.<key>.id } to the google_vertex_ai_metadata_store."),
                List.of("google_vertex_ai_metadata_store"), List.of("CKV_GCP_96"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("encryption_spec.kms_key_name"), "encryption_spec.kms_key_name", "no encryption_spec.kms_key_name");
    }
}
