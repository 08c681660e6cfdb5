resource "aws_sagemaker_flow_definition" "missing" {  # ward:expect
  flow_definition_name = "label-review"
}
