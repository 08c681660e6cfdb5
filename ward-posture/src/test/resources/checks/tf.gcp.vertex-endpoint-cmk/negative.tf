resource "google_vertex_ai_endpoint" "configured" {
  name         = "chat"
  display_name = "chat"
  location     = "europe-west4"
  encryption_spec {
    kms_key_name = google_kms_crypto_key.vertex.id
  }
}
