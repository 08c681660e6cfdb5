package dev.ward.posture.terraform.gcp;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Both the boot disk and the data disk of a Workbench instance must name CMEK and a key. */
public final class WorkbenchInstanceCmkCheck extends TerraformResourceCheck {

    public WorkbenchInstanceCmkCheck() {
        super(new CheckInfo("tf.gcp.workbench-instance-cmk", "Vertex AI Workbench disks are not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set gce_setup { boot_disk { disk_encryption = \"CMEK\", kms_key = <key> } data_disks { disk_encryption = \"CMEK\", kms_key = <key> } }."),
                List.of("google_workbench_instance"), List.of("CKV2_GCP_27"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        if (!r.has("gce_setup")) {
            return Verdict.fail("gce_setup", "no gce_setup, so disks use Google-managed keys");
        }
        for (String disk : List.of("gce_setup.boot_disk", "gce_setup.data_disks")) {
            if (r.has(disk) && !cmek(r, disk)) {
                return Verdict.fail(disk + ".disk_encryption", disk.substring(disk.indexOf('.') + 1) + " is not CMEK with a kms_key");
            }
        }
        return Verdict.require(r.has("gce_setup.boot_disk"), "gce_setup", "no boot_disk with CMEK");
    }

    private static boolean cmek(TerraformResource r, String disk) {
        return r.string(disk + ".disk_encryption").map(v -> v.equals("CMEK")).orElse(false) && r.isSet(disk + ".kms_key");
    }
}
