resource "aws_security_group" "api_primary" {
  name_prefix = "api_primary-"
  description = "Security group for api_primary"
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
    from_port   = 80
    to_port     = 80
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

output "assets_6_id" {
  description = "ID of the assets_6 resource"
  value       = aws_instance.assets_6.id
}

output "assets_6_endpoint" {
  value     = "https://${aws_lb.assets_6.dns_name}:${var.port}/health"
  sensitive = false
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
