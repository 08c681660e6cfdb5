resource "aws_sagemaker_data_quality_job_definition" "configured" {
  role_arn = aws_iam_role.monitor.arn
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.monitoring.arn
    }
  }
}
