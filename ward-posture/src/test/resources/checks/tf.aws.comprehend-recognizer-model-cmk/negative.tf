resource "aws_comprehend_entity_recognizer" "configured" {
  name          = "tickets"
  language_code = "en"
  model_kms_key_id = aws_kms_key.nlp.key_id
}
