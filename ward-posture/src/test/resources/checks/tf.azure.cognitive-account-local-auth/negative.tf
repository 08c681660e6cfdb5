resource "azurerm_cognitive_account" "secure" {
  kind               = "OpenAI"
  local_auth_enabled = false
}
