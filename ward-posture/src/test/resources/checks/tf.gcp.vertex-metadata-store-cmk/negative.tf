resource "google_vertex_ai_metadata_store" "configured" {
  name   = "default"
  region = "europe-west4"
  encryption_spec {
    kms_key_name = google_kms_crypto_key.vertex.id
  }
}
