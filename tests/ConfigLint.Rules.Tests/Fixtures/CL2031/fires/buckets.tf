resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports-123456789012"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads-123456789012"
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket = aws_s3_bucket.uploads.id
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports-123456789012"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.bucket
  block_public_acls       = true
  block_public_policy     = false
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "website" {
  provider = aws.us_east_1
  bucket   = "acme-website-123456789012"
}
