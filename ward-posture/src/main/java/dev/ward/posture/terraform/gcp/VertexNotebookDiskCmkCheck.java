package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A kms_key alone does nothing: the disks use the key only when disk_encryption is CMEK. */
public final class VertexNotebookDiskCmkCheck extends TerraformResourceCheck {

    public VertexNotebookDiskCmkCheck() {
        super(new CheckInfo("tf.gcp.vertex-notebook-disk-cmk", "Vertex AI notebook disks are not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set disk_encryption = \"CMEK\" and kms_key = google_kms_crypto_key.<key>.id on the google_notebooks_instance."),
                List.of("google_notebooks_instance"), List.of("CKV2_GCP_21"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        boolean cmek = r.string("disk_encryption").map(v -> v.equals("CMEK")).orElse(false);
        return Verdict.require(cmek && r.isSet("kms_key"), "disk_encryption", "disk_encryption is not CMEK with a kms_key");
    }
}
