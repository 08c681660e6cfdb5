package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** An agent without a Bedrock guardrail has no content, topic or PII filter between users and the model. */
public final class BedrockAgentGuardrailCheck extends TerraformResourceCheck {

    public BedrockAgentGuardrailCheck() {
        super(new CheckInfo("tf.aws.bedrock-agent-guardrail", "Bedrock agent has no guardrail", Severity.MEDIUM,
                List.of(LLM01_PROMPT_INJECTION, LLM02_DISCLOSURE, ATLAS_LLM_JAILBREAK, NIST_SECURITY),
                "Add guardrail_configuration { guardrail_identifier = aws_bedrock_guardrail.<g>.guardrail_id, guardrail_version = aws_bedrock_guardrail.<g>.version }."),
                List.of("aws_bedrockagent_agent"), List.of("CKV_AWS_383"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("guardrail_configuration.guardrail_identifier"), "guardrail_configuration.guardrail_identifier", "no guardrail_configuration with a guardrail_identifier");
    }
}
