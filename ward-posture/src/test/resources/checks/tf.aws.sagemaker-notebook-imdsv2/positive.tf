resource "aws_sagemaker_notebook_instance" "insecure" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"  # ward:expect
  }
}
