resource "aws_sagemaker_endpoint_configuration" "configured" {
  name = "llm-serving"
  production_variants {
    variant_name = "primary"
    model_name   = aws_sagemaker_model.llm.name
  }
  kms_key_arn = aws_kms_key.models.arn
}
