resource "aws_sagemaker_endpoint_configuration" "missing" {  # ward:expect
  name = "llm-serving"
  production_variants {
    variant_name = "primary"
    model_name   = aws_sagemaker_model.llm.name
  }
}
