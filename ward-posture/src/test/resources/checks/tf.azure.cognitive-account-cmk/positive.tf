resource "azurerm_cognitive_account" "openai" {  # ward:expect
  name     = "assistant"
  kind     = "OpenAI"
  sku_name = "S0"
}
