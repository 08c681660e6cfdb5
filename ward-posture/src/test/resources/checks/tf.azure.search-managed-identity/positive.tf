resource "azurerm_search_service" "missing" {  # ward:expect
  name                = "rag-index"
  sku                 = "standard"
}
