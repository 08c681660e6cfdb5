package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Local auth means static keys that leak into code and notebooks; Entra ID tokens expire and are scoped. */
public final class CognitiveAccountLocalAuthCheck extends TerraformResourceCheck {

    public CognitiveAccountLocalAuthCheck() {
        super(new CheckInfo("tf.azure.cognitive-account-local-auth", "Azure OpenAI / AI services account accepts API keys", Severity.HIGH,
                List.of(LLM10_CONSUMPTION, ATLAS_UNSECURED_CREDENTIALS, ATLAS_COST_HARVESTING, CWE_IMPROPER_AUTH),
                "Set local_auth_enabled = false and grant callers the Cognitive Services OpenAI User role."),
                List.of("azurerm_cognitive_account"), List.of("CKV_AZURE_236"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.has("local_auth_enabled") && r.bool("local_auth_enabled").map(b -> !b).orElse(true), "local_auth_enabled", "local_auth_enabled is not false (keys work by default)");
    }
}
