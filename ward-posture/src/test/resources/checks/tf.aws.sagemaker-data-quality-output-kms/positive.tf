resource "aws_sagemaker_data_quality_job_definition" "missing" {  # ward:expect
  role_arn = aws_iam_role.monitor.arn
}
