package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;
import java.util.Optional;

/** high_business_impact marks the workspace data as sensitive; its storage account must not be reachable from the internet. */
public final class MlWorkspaceHbiStorageCheck extends TerraformResourceCheck {

    public MlWorkspaceHbiStorageCheck() {
        super(new CheckInfo("tf.azure.ml-workspace-hbi-public-storage", "High-business-impact Azure ML workspace stores data in a public storage account", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, ATLAS_DATA_REPOSITORIES),
                "On the azurerm_storage_account named by storage_account_id, set public_network_access_enabled = false."),
                List.of("azurerm_machine_learning_workspace"), List.of("CKV2_AZURE_50"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        if (!r.bool("high_business_impact").orElse(false)) {
            return Verdict.pass();
        }
        Optional<TerraformResource> storage = module.referenced(r.value("storage_account_id").orElse(null))
                .filter(s -> s.type().equals("azurerm_storage_account"));
        if (storage.isEmpty()) {
            return Verdict.pass();
        }
        boolean publicStorage = !storage.get().has("public_network_access_enabled")
                || storage.get().bool("public_network_access_enabled").orElse(false);
        return Verdict.require(!publicStorage, "storage_account_id",
                storage.get().address() + " allows public network access (the provider default)");
    }
}
