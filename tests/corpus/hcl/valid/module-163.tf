resource "kubernetes_deployment" "logs_primary" {
  metadata {
    name      = "logs_primary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "logs_primary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "logs_primary" }
    }

    template {
      metadata { labels = { app = "logs_primary" } }
      spec {
        container {
          name  = "logs_primary"
          image = "registry.example.com/logs_primary:${var.image_tag}"
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
