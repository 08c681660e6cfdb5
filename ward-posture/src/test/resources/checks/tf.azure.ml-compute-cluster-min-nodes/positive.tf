resource "azurerm_machine_learning_compute_cluster" "insecure" {
  scale_settings {
    min_node_count = 2  # ward:expect
    max_node_count = 4
  }
}
