resource "azurerm_cognitive_account" "secure" {
  kind                          = "OpenAI"
  public_network_access_enabled = false
}
