resource "google_workbench_instance" "secure" {
  gce_setup {
    disable_public_ip = true
  }
}
