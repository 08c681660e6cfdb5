resource "azurerm_search_service" "secure" {
  sku                           = "standard"
  public_network_access_enabled = false
}
