resource "aws_security_group" "queue_5" {
  name_prefix = "queue_5-"
  description = "Security group for queue_5"
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
    from_port   = 6379
    to_port     = 6379
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

output "web_primary_id" {
  description = "ID of the web_primary resource"
  value       = aws_instance.web_primary.id
}

output "web_primary_endpoint" {
  value     = "https://${aws_lb.web_primary.dns_name}:${var.port}/health"
  sensitive = false
}

resource "kubernetes_deployment" "cache_secondary" {
  metadata {
    name      = "cache_secondary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "cache_secondary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "cache_secondary" }
    }

    template {
      metadata { labels = { app = "cache_secondary" } }
      spec {
        container {
          name  = "cache_secondary"
          image = "registry.example.com/cache_secondary:${var.image_tag}"
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

resource "aws_s3_bucket" "queue_2" {
  bucket        = "${var.project}-queue_2-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "queue_2"
  })
}

resource "aws_s3_bucket_public_access_block" "queue_2" {
  bucket                  = aws_s3_bucket.queue_2.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
