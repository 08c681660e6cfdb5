resource "azurerm_cognitive_account" "configured" {
  name     = "assistant"
  kind     = "OpenAI"
  sku_name = "S0"
  identity {
    type = "SystemAssigned"
  }
}
