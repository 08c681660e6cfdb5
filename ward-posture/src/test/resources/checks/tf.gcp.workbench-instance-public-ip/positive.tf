resource "google_workbench_instance" "insecure" {
  gce_setup {
    disable_public_ip = false  # ward:expect
  }
}
