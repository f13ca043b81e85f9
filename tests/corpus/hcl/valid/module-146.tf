resource "aws_s3_bucket_lifecycle_configuration" "logs_2" {
  bucket = aws_s3_bucket.logs_2.id

  rule {
    id     = "expire-old-logs_2"
    status = "Enabled"

    filter {
      prefix = "logs_2/"
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

output "metrics_8_id" {
  description = "ID of the metrics_8 resource"
  value       = aws_instance.metrics_8.id
}

output "metrics_8_endpoint" {
  value     = "https://${aws_lb.metrics_8.dns_name}:${var.port}/health"
  sensitive = false
}

resource "aws_route53_record" "assets_secondary" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

resource "aws_iam_policy" "worker_secondary" {
  name   = "worker_secondary-access"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.worker_secondary.arn}/*"
        }
      ]
    }
    EOF
}
