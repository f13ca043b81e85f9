resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "payments-logs"

  rule {
    id     = "whole-bucket"
    status = "Enabled"

    filter {}

    expiration {
      days = 365
    }
  }

  rule {
    id     = "legacy-prefix"
    status = "Enabled"
    prefix = "old/"
  }

  rule {
    id     = "tagged"
    status = "Enabled"

    dynamic "filter" {
      for_each = [1]
      content {
        tag {
          key   = "archive"
          value = "true"
        }
      }
    }
  }
}
