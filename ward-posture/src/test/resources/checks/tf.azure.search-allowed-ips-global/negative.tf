resource "azurerm_search_service" "secure" {
  sku         = "standard"
  allowed_ips = ["10.20.0.0/16"]
}
