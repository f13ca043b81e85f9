resource "aws_s3_bucket_lifecycle_configuration" "cache_secondary" {
  bucket = aws_s3_bucket.cache_secondary.id

  rule {
    id     = "expire-old-cache_secondary"
    status = "Enabled"

    filter {
      prefix = "cache_secondary/"
    }

    expiration {
      days = 365
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs_primary" {
  bucket = aws_s3_bucket.logs_primary.id

  rule {
    id     = "expire-old-logs_primary"
    status = "Enabled"

    filter {
      prefix = "logs_primary/"
    }

    expiration {
      days = 365
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
