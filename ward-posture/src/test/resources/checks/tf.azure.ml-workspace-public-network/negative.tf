resource "azurerm_machine_learning_workspace" "secure" {
  name                          = "research"
  public_network_access_enabled = false
}
