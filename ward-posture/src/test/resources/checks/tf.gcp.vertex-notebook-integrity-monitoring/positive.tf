resource "google_notebooks_instance" "insecure" {
  shielded_instance_config {
    enable_integrity_monitoring = false  # ward:expect
  }
}
