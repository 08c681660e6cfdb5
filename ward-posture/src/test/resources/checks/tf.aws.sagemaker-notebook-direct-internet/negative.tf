resource "aws_sagemaker_notebook_instance" "secure" {
  name                   = "research"
  subnet_id              = aws_subnet.private.id
  direct_internet_access = "Disabled"
}
