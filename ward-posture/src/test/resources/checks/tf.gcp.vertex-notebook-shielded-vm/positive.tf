resource "google_notebooks_instance" "insecure" {
  shielded_instance_config {
    enable_secure_boot = true
    enable_vtpm        = false  # ward:expect
  }
}
