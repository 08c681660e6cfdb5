resource "azurerm_search_service" "insecure" {
  sku           = "standard"
  replica_count = 1  # ward:expect
}
