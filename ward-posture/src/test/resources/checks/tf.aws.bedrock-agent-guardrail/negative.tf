resource "aws_bedrockagent_agent" "configured" {
  agent_name = "support-agent"
  guardrail_configuration {
    guardrail_identifier = aws_bedrock_guardrail.pii.guardrail_id
    guardrail_version    = "1"
  }
}
