resource "aws_s3_bucket_lifecycle_configuration" "db_primary" {
  bucket = aws_s3_bucket.db_primary.id

  rule {
    id     = "expire-old-db_primary"
    status = "Enabled"

    filter {
      prefix = "db_primary/"
    }

    expiration {
      days = 7
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
