resource "kubernetes_deployment" "db_secondary" {
  metadata {
    name      = "db_secondary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "db_secondary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "db_secondary" }
    }

    template {
      metadata { labels = { app = "db_secondary" } }
      spec {
        container {
          name  = "db_secondary"
          image = "registry.example.com/db_secondary:${var.image_tag}"
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

output "queue_secondary_id" {
  description = "ID of the queue_secondary resource"
  value       = aws_instance.queue_secondary.id
}

output "queue_secondary_endpoint" {
  value     = "https://${aws_lb.queue_secondary.dns_name}:${var.port}/health"
  sensitive = false
}
