resource "aws_sagemaker_domain" "configured" {
  domain_name = "research"
  auth_mode   = "IAM"
  kms_key_id = aws_kms_key.studio.arn
}
