resource "aws_sagemaker_flow_definition" "configured" {
  flow_definition_name = "label-review"
  output_config {
    s3_output_path = "s3://reviews/out"
    kms_key_id     = aws_kms_key.reviews.arn
  }
}
