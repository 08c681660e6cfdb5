package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A public endpoint plus a leaked key is free model use for anyone; the provider enables public access by default. */
public final class CognitiveAccountPublicNetworkCheck extends TerraformResourceCheck {

    public CognitiveAccountPublicNetworkCheck() {
        super(new CheckInfo("tf.azure.cognitive-account-public-network", "Azure OpenAI / AI services account allows public network access", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY, LLM10_CONSUMPTION, ATLAS_COST_HARVESTING),
                "Set public_network_access_enabled = false and add a private endpoint (or network_acls { default_action = \"Deny\" })."),
                List.of("azurerm_cognitive_account"), List.of("CKV_AZURE_134"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.has("public_network_access_enabled") && r.bool("public_network_access_enabled").map(b -> !b).orElse(true), "public_network_access_enabled", "public_network_access_enabled is not false");
    }
}
