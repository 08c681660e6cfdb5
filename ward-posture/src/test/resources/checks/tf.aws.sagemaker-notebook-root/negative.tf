resource "aws_sagemaker_notebook_instance" "secure" {
  name        = "research"
  root_access = "Disabled"
}
