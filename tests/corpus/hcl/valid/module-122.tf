resource "aws_s3_bucket_lifecycle_configuration" "api" {
  bucket = aws_s3_bucket.api.id

  rule {
    id     = "expire-old-api"
    status = "Enabled"

    filter {
      prefix = "api/"
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

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

resource "kubernetes_deployment" "queue_primary" {
  metadata {
    name      = "queue_primary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "queue_primary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "queue_primary" }
    }

    template {
      metadata { labels = { app = "queue_primary" } }
      spec {
        container {
          name  = "queue_primary"
          image = "registry.example.com/queue_primary:${var.image_tag}"
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
