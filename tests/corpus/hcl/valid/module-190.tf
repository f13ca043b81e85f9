resource "aws_s3_bucket" "auth_secondary" {
  bucket        = "${var.project}-auth_secondary-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "auth_secondary"
  })
}

resource "aws_s3_bucket_public_access_block" "auth_secondary" {
  bucket                  = aws_s3_bucket.auth_secondary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.metrics_secondary_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "queue_secondary" { # trailing comment
  name                      = "jobs" // another
  delay_seconds             = 0 /* inline */
  message_retention_seconds = 86400
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn,
    maxReceiveCount     = 4, # trailing comma below
  })
}

locals { one_line = "value" }

resource "aws_sns_topic" "alerts" {}

resource "aws_s3_bucket_lifecycle_configuration" "web_secondary" {
  bucket = aws_s3_bucket.web_secondary.id

  rule {
    id     = "expire-old-web_secondary"
    status = "Enabled"

    filter {
      prefix = "web_secondary/"
    }

    expiration {
      days = 90
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
