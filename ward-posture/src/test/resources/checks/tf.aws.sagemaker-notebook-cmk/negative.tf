resource "aws_sagemaker_notebook_instance" "configured" {
  name          = "research"
  instance_type = "ml.t3.medium"
  kms_key_id = aws_kms_key.notebooks.id
}
