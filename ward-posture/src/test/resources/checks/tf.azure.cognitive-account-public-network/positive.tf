resource "azurerm_cognitive_account" "insecure" {
  kind                          = "OpenAI"
  public_network_access_enabled = true  # ward:expect
}
