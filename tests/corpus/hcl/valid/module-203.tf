resource "aws_s3_bucket_lifecycle_configuration" "cache_2" {
  bucket = aws_s3_bucket.cache_2.id

  rule {
    id     = "expire-old-cache_2"
    status = "Enabled"

    filter {
      prefix = "cache_2/"
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

resource "kubernetes_deployment" "metrics_primary" {
  metadata {
    name      = "metrics_primary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "metrics_primary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "metrics_primary" }
    }

    template {
      metadata { labels = { app = "metrics_primary" } }
      spec {
        container {
          name  = "metrics_primary"
          image = "registry.example.com/metrics_primary:${var.image_tag}"
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

resource "aws_security_group" "logs_secondary" {
  name_prefix = "logs_secondary-"
  description = "Security group for logs_secondary"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.ingress_rules
    iterator = rule
    content {
      from_port   = rule.value.from_port
      to_port     = rule.value.to_port
      protocol    = lookup(rule.value, "protocol", "tcp")
      cidr_blocks = rule.value.cidr_blocks
    }
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
