resource "google_vertex_ai_endpoint" "public" {  # ward:expect
  name = "chat"
}
