resource "google_vertex_ai_dataset" "missing" {  # ward:expect
  display_name        = "claims"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
}
