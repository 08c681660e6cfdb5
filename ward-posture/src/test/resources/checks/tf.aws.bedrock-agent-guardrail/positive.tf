resource "aws_bedrockagent_agent" "missing" {  # ward:expect
  agent_name = "support-agent"
}
