resource "google_vertex_ai_tensorboard" "configured" {
  display_name = "training"
  region       = "europe-west4"
  encryption_spec {
    kms_key_name = google_kms_crypto_key.vertex.id
  }
}
