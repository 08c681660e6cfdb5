resource "google_notebooks_runtime" "secure" {
  virtual_machine {
    virtual_machine_config {
      internal_ip_only = true
    }
  }
}
