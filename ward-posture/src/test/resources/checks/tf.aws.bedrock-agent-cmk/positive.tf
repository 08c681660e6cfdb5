resource "aws_bedrockagent_agent" "missing" {  # ward:expect
  agent_name = "support-agent"
  foundation_model = "anthropic.claude-3-haiku-20240307-v1:0"
}
