resource "azurerm_storage_account" "ml" {
  name                          = "mldata"
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = false
}

resource "azurerm_machine_learning_workspace" "claims" {
  name                 = "claims"
  storage_account_id   = azurerm_storage_account.ml.id
  high_business_impact = true
}
