resource "aws_sagemaker_notebook_instance" "insecure" {
  name                   = "research"
  direct_internet_access = "Enabled"  # ward:expect
}
