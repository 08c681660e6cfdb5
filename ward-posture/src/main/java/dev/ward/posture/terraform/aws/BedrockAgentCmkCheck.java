package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A Bedrock agent keeps session data and prompts; without a CMK the account cannot revoke or audit access to them. */
public final class BedrockAgentCmkCheck extends TerraformResourceCheck {

    public BedrockAgentCmkCheck() {
        super(new CheckInfo("tf.aws.bedrock-agent-cmk", "Bedrock agent is not encrypted with a customer managed key", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, ATLAS_ARTIFACT_COLLECTION, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Set customer_encryption_key_arn = aws_kms_key.<key>.arn on the aws_bedrockagent_agent."),
                List.of("aws_bedrockagent_agent"), List.of("CKV_AWS_373"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("customer_encryption_key_arn"), "customer_encryption_key_arn", "no customer_encryption_key_arn");
    }
}
