resource "azurerm_storage_account" "ml" {
  name                     = "mldata"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_machine_learning_workspace" "claims" {
  name                 = "claims"
  storage_account_id   = azurerm_storage_account.ml.id  # ward:expect
  high_business_impact = true
}
