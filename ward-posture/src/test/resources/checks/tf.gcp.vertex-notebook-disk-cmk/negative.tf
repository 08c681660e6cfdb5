resource "google_notebooks_instance" "secure" {
  name            = "lab"
  disk_encryption = "CMEK"
  kms_key         = google_kms_crypto_key.vertex.id
}
