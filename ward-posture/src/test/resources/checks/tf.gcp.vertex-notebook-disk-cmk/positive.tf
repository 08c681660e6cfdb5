resource "google_notebooks_instance" "insecure" {
  name            = "lab"
  disk_encryption = "GMEK"  # ward:expect
  kms_key         = google_kms_crypto_key.vertex.id
}
