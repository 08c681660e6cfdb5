resource "azurerm_cognitive_account" "insecure" {
  kind                               = "OpenAI"
  outbound_network_access_restricted = false  # ward:expect
}
