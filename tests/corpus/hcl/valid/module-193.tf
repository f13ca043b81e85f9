locals {
  instance_ids = aws_instance.web.*.id
  first_ip     = aws_instance.web.0.private_ip
  all_tags     = aws_instance.web[*].tags["Name"]
  nested       = var.clusters[*].nodes[0].name
  lookup_value = var.settings["feature"].enabled
  zone         = data.aws_availability_zones.available.names[0]
}

resource "aws_route53_record" "cache" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

moved {
  from = aws_instance.db_primary
  to   = aws_instance.db_primary_v2
}

import {
  to = aws_s3_bucket.db_primary
  id = "db_primary-bucket"
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
