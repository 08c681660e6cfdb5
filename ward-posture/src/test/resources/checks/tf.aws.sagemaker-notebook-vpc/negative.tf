resource "aws_sagemaker_notebook_instance" "configured" {
  name          = "research"
  instance_type = "ml.t3.medium"
  subnet_id       = aws_subnet.private.id
  security_groups = [aws_security_group.notebooks.id]
}
