resource "google_notebooks_instance" "insecure" {
  name         = "lab"
  no_public_ip = false  # ward:expect
}
