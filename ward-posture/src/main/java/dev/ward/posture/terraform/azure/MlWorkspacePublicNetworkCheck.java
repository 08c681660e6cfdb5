package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The workspace exposes models, datasets, compute and its key vault links; the provider leaves it public unless told. */
public final class MlWorkspacePublicNetworkCheck extends TerraformResourceCheck {

    public MlWorkspacePublicNetworkCheck() {
        super(new CheckInfo("tf.azure.ml-workspace-public-network", "Azure ML workspace allows public network access", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set public_network_access_enabled = false and add a private endpoint for the workspace."),
                List.of("azurerm_machine_learning_workspace"), List.of("CKV_AZURE_144", "CKV2_AZURE_49"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.has("public_network_access_enabled") && r.bool("public_network_access_enabled").map(b -> !b).orElse(true), "public_network_access_enabled", "public_network_access_enabled is not false");
    }
}
