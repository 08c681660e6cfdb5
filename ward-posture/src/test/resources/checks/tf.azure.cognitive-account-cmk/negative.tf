resource "azurerm_cognitive_account" "openai" {
  name     = "assistant"
  kind     = "OpenAI"
  sku_name = "S0"
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account_customer_managed_key" "openai" {
  cognitive_account_id = azurerm_cognitive_account.openai.id
  key_vault_key_id     = azurerm_key_vault_key.openai.id
}
