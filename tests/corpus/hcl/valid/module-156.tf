resource "kubernetes_deployment" "web_7" {
  metadata {
    name      = "web_7"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "web_7", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "web_7" }
    }

    template {
      metadata { labels = { app = "web_7" } }
      spec {
        container {
          name  = "web_7"
          image = "registry.example.com/web_7:${var.image_tag}"
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
