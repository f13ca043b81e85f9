# Production turns protection on here; Terraform merges this into the block in main.tf.
resource "aws_db_instance" "main" {
  deletion_protection = true
}
