resource "aws_s3_bucket_lifecycle_configuration" "db" {
  bucket = aws_s3_bucket.db.id

  rule {
    id     = "expire-old-db"
    status = "Enabled"

    filter {
      prefix = "db/"
    }

    expiration {
      days = 30
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

variable "logs_6_instance_type" {
  type        = string
  default     = "r6i.2xlarge"
  description = "EC2 instance type for the logs_6 tier"
}
