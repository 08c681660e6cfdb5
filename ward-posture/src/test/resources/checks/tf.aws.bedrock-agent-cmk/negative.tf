resource "aws_bedrockagent_agent" "configured" {
  agent_name = "support-agent"
  foundation_model = "anthropic.claude-3-haiku-20240307-v1:0"
  customer_encryption_key_arn = aws_kms_key.agents.arn
}
