resource "aws_kendra_index" "configured" {
  name     = "handbook"
  role_arn = aws_iam_role.kendra.arn
  server_side_encryption_configuration {
    kms_key_id = aws_kms_key.search.arn
  }
}
