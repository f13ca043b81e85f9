resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-123456789012"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket = aws_s3_bucket.assets.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "by_name" {
  bucket = "acme-by-name-123456789012"
}

resource "aws_s3_bucket_public_access_block" "by_name" {
  bucket                  = "acme-by-name-123456789012"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

locals {
  bucket_id = aws_s3_bucket.through_local.id
}

resource "aws_s3_bucket" "through_local" {
  bucket_prefix = "acme-"
}

resource "aws_s3_bucket_public_access_block" "through_local" {
  bucket                  = local.bucket_id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "acme-disabled"
}
