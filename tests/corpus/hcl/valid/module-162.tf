locals {
  instance_ids = aws_instance.web.*.id
  first_ip     = aws_instance.web.0.private_ip
  all_tags     = aws_instance.web[*].tags["Name"]
  nested       = var.clusters[*].nodes[0].name
  lookup_value = var.settings["feature"].enabled
  zone         = data.aws_availability_zones.available.names[0]
}

resource "aws_s3_bucket_lifecycle_configuration" "worker_2" {
  bucket = aws_s3_bucket.worker_2.id

  rule {
    id     = "expire-old-worker_2"
    status = "Enabled"

    filter {
      prefix = "worker_2/"
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
