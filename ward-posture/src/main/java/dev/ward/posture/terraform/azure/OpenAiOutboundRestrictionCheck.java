package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Features such as "on your data" make the OpenAI account fetch URLs; without an allow-list that is a data loss path. */
public final class OpenAiOutboundRestrictionCheck extends TerraformResourceCheck {

    public OpenAiOutboundRestrictionCheck() {
        super(new CheckInfo("tf.azure.openai-outbound-unrestricted", "Azure OpenAI account can send data to any destination", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_EXFILTRATION, CWE_WRONG_SPHERE, NIST_PRIVACY),
                "Set outbound_network_access_restricted = true and fqdns = [\"<allowed host>\", ...] on the OpenAI azurerm_cognitive_account."),
                List.of("azurerm_cognitive_account"), List.of("CKV_AZURE_247"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        if (!r.string("kind").map(k -> k.equalsIgnoreCase("OpenAI")).orElse(false)) {
            return Verdict.notApplicable();
        }
        boolean restricted = r.bool("outbound_network_access_restricted").orElse(false);
        return Verdict.require(restricted && !r.list("fqdns").isEmpty(), "outbound_network_access_restricted",
                restricted ? "fqdns is empty" : "outbound_network_access_restricted is not true");
    }
}
