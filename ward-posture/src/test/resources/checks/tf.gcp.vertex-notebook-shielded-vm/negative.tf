resource "google_notebooks_instance" "secure" {
  shielded_instance_config {
    enable_secure_boot = true
    enable_vtpm        = true
  }
}
