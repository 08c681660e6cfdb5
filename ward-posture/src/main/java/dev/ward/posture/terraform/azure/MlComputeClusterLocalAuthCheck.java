package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Local accounts on training nodes bypass Entra ID and its audit trail. */
public final class MlComputeClusterLocalAuthCheck extends TerraformResourceCheck {

    public MlComputeClusterLocalAuthCheck() {
        super(new CheckInfo("tf.azure.ml-compute-cluster-local-auth", "Azure ML compute cluster allows local (SSH) authentication", Severity.MEDIUM,
                List.of(ATLAS_VALID_ACCOUNTS, CWE_IMPROPER_AUTH, NIST_SECURITY),
                "Set local_auth_enabled = false on the azurerm_machine_learning_compute_cluster."),
                List.of("azurerm_machine_learning_compute_cluster"), List.of("CKV_AZURE_142"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.has("local_auth_enabled") && r.bool("local_auth_enabled").map(b -> !b).orElse(true), "local_auth_enabled", "local_auth_enabled is not false");
    }
}
