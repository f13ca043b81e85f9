variable "bucket_id" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data-123456789012"
}

resource "aws_s3_bucket_public_access_block" "external" {
  bucket                  = var.bucket_id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
