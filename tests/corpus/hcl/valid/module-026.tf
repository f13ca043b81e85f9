locals {
  ports = [80, 443, 2419]
  ratio = 9.54
  big   = 1.5e11
  tiny  = 2.5E-4
  neg   = -58
  math  = (local.ratio * 2 + 1) / 3 % 2 - -1
  flags = !var.enabled || (var.environment != "dev" && local.ratio >= 1.0)
  empty = null
}

resource "kubernetes_deployment" "db_primary" {
  metadata {
    name      = "db_primary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "db_primary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "db_primary" }
    }

    template {
      metadata { labels = { app = "db_primary" } }
      spec {
        container {
          name  = "db_primary"
          image = "registry.example.com/db_primary:${var.image_tag}"
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

resource "aws_s3_bucket_lifecycle_configuration" "worker_secondary" {
  bucket = aws_s3_bucket.worker_secondary.id

  rule {
    id     = "expire-old-worker_secondary"
    status = "Enabled"

    filter {
      prefix = "worker_secondary/"
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
