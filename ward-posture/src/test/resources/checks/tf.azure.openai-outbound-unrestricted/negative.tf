resource "azurerm_cognitive_account" "secure" {
  kind                               = "OpenAI"
  outbound_network_access_restricted = true
  fqdns                              = ["contoso.blob.core.windows.net"]
}
