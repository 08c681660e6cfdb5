resource "aws_sagemaker_model" "secure" {
  name                     = "llm"
  enable_network_isolation = true
}
