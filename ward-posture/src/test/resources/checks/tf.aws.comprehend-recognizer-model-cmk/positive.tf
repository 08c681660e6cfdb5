resource "aws_comprehend_entity_recognizer" "missing" {  # ward:expect
  name          = "tickets"
  language_code = "en"
}
