package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Fine-tuning files, uploaded data and stored completions sit under the account key. */
public final class CognitiveAccountCmkCheck extends TerraformResourceCheck {

    public CognitiveAccountCmkCheck() {
        super(new CheckInfo("tf.azure.cognitive-account-cmk", "Azure AI services account is not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Add customer_managed_key { key_vault_key_id = azurerm_key_vault_key.<k>.id } or an azurerm_cognitive_account_customer_managed_key for the account."),
                List.of("azurerm_cognitive_account"), List.of("CKV2_AZURE_22"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        boolean linked = module.resources("azurerm_cognitive_account_customer_managed_key").stream()
                .anyMatch(cmk -> TerraformModule.refersTo(cmk.value("cognitive_account_id").orElse(null), r));
        return Verdict.require(linked || r.isSet("customer_managed_key.key_vault_key_id"), "customer_managed_key",
                "no customer_managed_key and no azurerm_cognitive_account_customer_managed_key for it");
    }
}
