package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Without a managed identity, indexers reach data sources with connection strings and keys. */
public final class SearchManagedIdentityCheck extends TerraformResourceCheck {

    public SearchManagedIdentityCheck() {
        super(new CheckInfo("tf.azure.search-managed-identity", "Azure AI Search service has no managed identity", Severity.LOW,
                List.of(ATLAS_UNSECURED_CREDENTIALS, CWE_HARDCODED_CREDENTIALS, NIST_SECURITY),
                "Add identity { type = \"SystemAssigned\" } to the azurerm_search_service."),
                List.of("azurerm_search_service"), List.of("CKV_AZURE_207"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("identity.type"), "identity.type", "no identity block");
    }
}
