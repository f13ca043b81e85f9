resource "aws_s3_bucket" "web_primary" {
  bucket        = "${var.project}-web_primary-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "web_primary"
  })
}

resource "aws_s3_bucket_public_access_block" "web_primary" {
  bucket                  = aws_s3_bucket.web_primary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "kubernetes_deployment" "logs_8" {
  metadata {
    name      = "logs_8"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "logs_8", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "logs_8" }
    }

    template {
      metadata { labels = { app = "logs_8" } }
      spec {
        container {
          name  = "logs_8"
          image = "registry.example.com/logs_8:${var.image_tag}"
          args  = ["--port", tostring(var.port)]

          env {
            name  = "DATABASE_URL"
            value = "postgres://${aws_db_instance.db.address}:5432/app"
          }
        }
      }
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "worker" {
  bucket = aws_s3_bucket.worker.id

  rule {
    id     = "expire-old-worker"
    status = "Enabled"

    filter {
      prefix = "worker/"
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
