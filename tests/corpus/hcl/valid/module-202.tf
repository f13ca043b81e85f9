resource "aws_s3_bucket_lifecycle_configuration" "queue_6" {
  bucket = aws_s3_bucket.queue_6.id

  rule {
    id     = "expire-old-queue_6"
    status = "Enabled"

    filter {
      prefix = "queue_6/"
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
