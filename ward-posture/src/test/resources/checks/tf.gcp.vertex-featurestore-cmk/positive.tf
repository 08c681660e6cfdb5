resource "google_vertex_ai_featurestore" "missing" {  # ward:expect
  name   = "customers"
  region = "europe-west4"
}
