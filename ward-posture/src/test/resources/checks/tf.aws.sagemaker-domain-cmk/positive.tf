resource "aws_sagemaker_domain" "missing" {  # ward:expect
  domain_name = "research"
  auth_mode   = "IAM"
}
