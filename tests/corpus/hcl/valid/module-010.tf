provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

resource "aws_route53_record" "db_4" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

output "db_secondary_id" {
  description = "ID of the db_secondary resource"
  value       = aws_instance.db_secondary.id
}

output "db_secondary_endpoint" {
  value     = "https://${aws_lb.db_secondary.dns_name}:${var.port}/health"
  sensitive = false
}

resource "aws_s3_bucket_lifecycle_configuration" "queue" {
  bucket = aws_s3_bucket.queue.id

  rule {
    id     = "expire-old-queue"
    status = "Enabled"

    filter {
      prefix = "queue/"
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
