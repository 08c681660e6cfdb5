resource "aws_kendra_index" "missing" {  # ward:expect
  name     = "handbook"
  role_arn = aws_iam_role.kendra.arn
}
