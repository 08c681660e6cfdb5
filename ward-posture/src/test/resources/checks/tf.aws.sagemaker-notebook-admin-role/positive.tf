resource "aws_iam_role" "notebook" {
  name               = "notebook"
  assume_role_policy = data.aws_iam_policy_document.sagemaker_assume.json
}

resource "aws_iam_role_policy" "notebook_all" {
  role = aws_iam_role.notebook.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["*"], Resource = "*" }]
  })
}

resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = aws_iam_role.notebook.arn  # ward:expect
}
