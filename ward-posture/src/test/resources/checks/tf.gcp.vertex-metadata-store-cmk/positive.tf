resource "google_vertex_ai_metadata_store" "missing" {  # ward:expect
  name   = "default"
  region = "europe-west4"
}
