resource "azurerm_cognitive_account" "insecure" {
  kind               = "OpenAI"
  local_auth_enabled = true  # ward:expect
}
