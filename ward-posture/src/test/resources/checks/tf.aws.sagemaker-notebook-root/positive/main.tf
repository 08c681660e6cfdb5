# root_access comes from a variable declared in variables.tf; its literal default is what Terraform would apply.
resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  instance_type = "ml.t3.medium"
  root_access   = var.notebook_root_access  # ward:expect
}
