resource "azurerm_machine_learning_workspace" "insecure" {
  name                          = "research"
  public_network_access_enabled = true  # ward:expect
}
