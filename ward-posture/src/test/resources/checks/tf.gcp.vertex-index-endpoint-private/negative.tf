resource "google_vertex_ai_index_endpoint" "secure" {
  display_name            = "docs"
  public_endpoint_enabled = false
  network                 = "projects/123/global/networks/ml"
}
