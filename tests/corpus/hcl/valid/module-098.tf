resource "kubernetes_deployment" "queue_secondary" {
  metadata {
    name      = "queue_secondary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "queue_secondary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "queue_secondary" }
    }

    template {
      metadata { labels = { app = "queue_secondary" } }
      spec {
        container {
          name  = "queue_secondary"
          image = "registry.example.com/queue_secondary:${var.image_tag}"
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

resource "aws_iam_policy" "logs_secondary" {
  name   = "logs_secondary-access"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "${aws_s3_bucket.logs_secondary.arn}/*"
    }
  ]
}
EOF
}
