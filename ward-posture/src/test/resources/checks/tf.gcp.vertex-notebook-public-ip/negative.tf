resource "google_notebooks_instance" "secure" {
  name         = "lab"
  no_public_ip = true
}
