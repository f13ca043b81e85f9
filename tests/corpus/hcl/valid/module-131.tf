resource "kubernetes_deployment" "api" {
  metadata {
    name      = "api"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "api", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "api" }
    }

    template {
      metadata { labels = { app = "api" } }
      spec {
        container {
          name  = "api"
          image = "registry.example.com/api:${var.image_tag}"
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

module "web_8" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 6.0"

  name               = "${local.name_prefix}-web_8"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_s3_bucket_lifecycle_configuration" "db_6" {
  bucket = aws_s3_bucket.db_6.id

  rule {
    id     = "expire-old-db_6"
    status = "Enabled"

    filter {
      prefix = "db_6/"
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

locals {
  instance_ids = aws_instance.web.*.id
  first_ip     = aws_instance.web.0.private_ip
  all_tags     = aws_instance.web[*].tags["Name"]
  nested       = var.clusters[*].nodes[0].name
  lookup_value = var.settings["feature"].enabled
  zone         = data.aws_availability_zones.available.names[0]
}
