resource "google_notebooks_runtime" "insecure" {
  virtual_machine {
    virtual_machine_config {
      internal_ip_only = false  # ward:expect
    }
  }
}
