resource "google_vertex_ai_endpoint" "private" {
  name    = "chat"
  network = "projects/123/global/networks/ml"
}
