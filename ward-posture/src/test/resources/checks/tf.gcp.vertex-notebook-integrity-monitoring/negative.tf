resource "google_notebooks_instance" "secure" {
  shielded_instance_config {
    enable_integrity_monitoring = true
  }
}
