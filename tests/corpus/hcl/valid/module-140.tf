resource "aws_s3_bucket_lifecycle_configuration" "queue_secondary" {
  bucket = aws_s3_bucket.queue_secondary.id

  rule {
    id     = "expire-old-queue_secondary"
    status = "Enabled"

    filter {
      prefix = "queue_secondary/"
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

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.cache_9_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

output "cache_id" {
  description = "ID of the cache resource"
  value       = aws_instance.cache.id
}

output "cache_endpoint" {
  value     = "https://${aws_lb.cache.dns_name}:${var.port}/health"
  sensitive = false
}
