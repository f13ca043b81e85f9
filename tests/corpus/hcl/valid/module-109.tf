resource "kubernetes_deployment" "db_6" {
  metadata {
    name      = "db_6"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "db_6", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "db_6" }
    }

    template {
      metadata { labels = { app = "db_6" } }
      spec {
        container {
          name  = "db_6"
          image = "registry.example.com/db_6:${var.image_tag}"
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

terraform {
  required_version = ">= 1.4.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.21"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-prod"
    key          = "logs/terraform.tfstate"
    region       = "eu-central-1"
    use_lockfile = true
  }
}
