variable "notebook_root_access" {
  type    = string
  default = "Enabled"
}
