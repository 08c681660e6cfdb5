resource "aws_sagemaker_notebook_instance" "missing" {  # ward:expect
  name          = "research"
  instance_type = "ml.t3.medium"
}
