resource "azurerm_cognitive_account" "missing" {  # ward:expect
  name     = "assistant"
  kind     = "OpenAI"
  sku_name = "S0"
}
