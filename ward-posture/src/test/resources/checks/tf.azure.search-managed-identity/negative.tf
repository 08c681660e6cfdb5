resource "azurerm_search_service" "configured" {
  name                = "rag-index"
  sku                 = "standard"
  identity {
    type = "SystemAssigned"
  }
}
