variable "use_prefix" {
  type = bool
}

resource "aws_s3_bucket" "logs" {
  bucket        = var.use_prefix ? null : "payments-logs"
  bucket_prefix = var.use_prefix ? "payments-" : null
}

resource "aws_s3_bucket" "named" {
  bucket        = "payments-named"
  bucket_prefix = null
}
