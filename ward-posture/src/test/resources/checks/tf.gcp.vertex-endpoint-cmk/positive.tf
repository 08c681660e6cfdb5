resource "google_vertex_ai_endpoint" "missing" {  # ward:expect
  name         = "chat"
  display_name = "chat"
  location     = "europe-west4"
}
