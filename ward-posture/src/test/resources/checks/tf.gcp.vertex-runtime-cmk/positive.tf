resource "google_notebooks_runtime" "missing" {  # ward:expect
  name     = "lab"
  location = "europe-west4"
}
