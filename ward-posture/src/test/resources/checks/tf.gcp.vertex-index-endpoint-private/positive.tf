resource "google_vertex_ai_index_endpoint" "insecure" {
  display_name            = "docs"
  public_endpoint_enabled = true  # ward:expect
}
