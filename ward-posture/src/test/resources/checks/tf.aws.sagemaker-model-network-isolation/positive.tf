resource "aws_sagemaker_model" "insecure" {
  name                     = "llm"
  enable_network_isolation = false  # ward:expect
}
