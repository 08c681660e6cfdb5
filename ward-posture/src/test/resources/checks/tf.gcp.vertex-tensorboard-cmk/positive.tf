resource "google_vertex_ai_tensorboard" "missing" {  # ward:expect
  display_name = "training"
  region       = "europe-west4"
}
