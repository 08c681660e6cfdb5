resource "azurerm_search_service" "insecure" {
  sku         = "standard"
  allowed_ips = ["0.0.0.0/0"]  # ward:expect
}
