resource "aws_iam_role" "notebook" {
  name               = "notebook"
  assume_role_policy = data.aws_iam_policy_document.sagemaker_assume.json
  inline_policy {
    name = "datasets"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::datasets/*" }]
    })
  }
}

resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = aws_iam_role.notebook.arn
}
