resource "aws_s3_bucket_lifecycle_configuration" "transaction_logs" {
  bucket = "payment-logs-dev"

  rule {
    id     = "archive"
    status = "Enabled"

    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }

  rule {
    id     = "expire-temp"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = 7
    }
  }

  dynamic "rule" {
    for_each = toset(["a", "b"])
    content {
      id     = rule.value
      status = "Enabled"
      expiration {
        days = 30
      }
    }
  }
}
