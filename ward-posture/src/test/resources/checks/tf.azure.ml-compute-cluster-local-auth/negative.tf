resource "azurerm_machine_learning_compute_cluster" "secure" {
  vm_size            = "Standard_NC6s_v3"
  local_auth_enabled = false
}
