package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** The provider enables public access unless told otherwise. */
public final class SearchPublicNetworkCheck extends TerraformResourceCheck {

    public SearchPublicNetworkCheck() {
        super(new CheckInfo("tf.azure.search-public-network", "Azure AI Search allows public network access", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, LLM08_VECTORS),
                "Set public_network_access_enabled = false and reach the service through a private endpoint."),
                List.of("azurerm_search_service"), List.of("CKV_AZURE_124"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.has("public_network_access_enabled") && r.bool("public_network_access_enabled").map(b -> !b).orElse(true), "public_network_access_enabled", "public_network_access_enabled is not false");
    }
}
