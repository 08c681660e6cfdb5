resource "google_notebooks_runtime" "configured" {
  name     = "lab"
  location = "europe-west4"
  virtual_machine {
    virtual_machine_config {
      machine_type = "n1-standard-4"
      encryption_config {
        kms_key = google_kms_crypto_key.vertex.id
      }
    }
  }
}
