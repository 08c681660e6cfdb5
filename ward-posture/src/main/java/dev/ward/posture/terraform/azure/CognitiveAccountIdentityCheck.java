package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A managed identity lets the account reach Key Vault and storage without stored keys. */
public final class CognitiveAccountIdentityCheck extends TerraformResourceCheck {

    public CognitiveAccountIdentityCheck() {
        super(new CheckInfo("tf.azure.cognitive-account-identity", "Azure AI services account has no managed identity", Severity.LOW,
                List.of(ATLAS_UNSECURED_CREDENTIALS, CWE_HARDCODED_CREDENTIALS, NIST_SECURITY),
                "Add identity { type = \"SystemAssigned\" } to the azurerm_cognitive_account."),
                List.of("azurerm_cognitive_account"), List.of("CKV_AZURE_238"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("identity.type"), "identity.type", "no identity block");
    }
}
