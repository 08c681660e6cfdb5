resource "azurerm_machine_learning_compute_cluster" "insecure" {
  vm_size            = "Standard_NC6s_v3"
  local_auth_enabled = true  # ward:expect
}
