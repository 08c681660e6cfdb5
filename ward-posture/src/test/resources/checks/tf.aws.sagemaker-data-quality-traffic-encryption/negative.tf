resource "aws_sagemaker_data_quality_job_definition" "secure" {
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}
