resource "aws_route53_record" "assets" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

resource "aws_s3_bucket_lifecycle_configuration" "metrics_2" {
  bucket = aws_s3_bucket.metrics_2.id

  rule {
    id     = "expire-old-metrics_2"
    status = "Enabled"

    filter {
      prefix = "metrics_2/"
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

output "worker_secondary_id" {
  description = "ID of the worker_secondary resource"
  value       = aws_instance.worker_secondary.id
}

output "worker_secondary_endpoint" {
  value     = "https://${aws_lb.worker_secondary.dns_name}:${var.port}/health"
  sensitive = false
}
