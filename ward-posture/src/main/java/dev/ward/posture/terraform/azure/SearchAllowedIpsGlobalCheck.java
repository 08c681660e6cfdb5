package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** AI Search holds the RAG index; 0.0.0.0/0 in allowed_ips turns the firewall off. */
public final class SearchAllowedIpsGlobalCheck extends TerraformResourceCheck {

    public SearchAllowedIpsGlobalCheck() {
        super(new CheckInfo("tf.azure.search-allowed-ips-global", "Azure AI Search firewall allows every address", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, LLM08_VECTORS),
                "List only client ranges in allowed_ips (never 0.0.0.0/0), or set public_network_access_enabled = false and use a private endpoint."),
                List.of("azurerm_search_service"), List.of("CKV_AZURE_210"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        boolean global = r.list("allowed_ips").stream().map(String::valueOf)
                .anyMatch(ip -> ip.equals("0.0.0.0/0") || ip.equals("0.0.0.0") || ip.equals("*"));
        return Verdict.require(!global, "allowed_ips", "allowed_ips contains 0.0.0.0/0");
    }
}
