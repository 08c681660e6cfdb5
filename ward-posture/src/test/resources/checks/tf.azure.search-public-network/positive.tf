resource "azurerm_search_service" "insecure" {
  sku                           = "standard"
  public_network_access_enabled = true  # ward:expect
}
