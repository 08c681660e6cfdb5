resource "google_vertex_ai_dataset" "configured" {
  display_name        = "claims"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
  encryption_spec {
    kms_key_name = google_kms_crypto_key.vertex.id
  }
}
