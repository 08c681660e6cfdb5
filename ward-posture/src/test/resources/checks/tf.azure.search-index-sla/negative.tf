resource "azurerm_search_service" "secure" {
  sku           = "standard"
  replica_count = 3
}
