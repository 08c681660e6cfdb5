resource "aws_sagemaker_data_quality_job_definition" "configured" {
  role_arn = aws_iam_role.monitor.arn
  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring/out"
      }
    }
  }
}
