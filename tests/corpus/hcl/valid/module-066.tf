resource "kubernetes_deployment" "db_primary" {
  metadata {
    name      = "db_primary"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels    = { app = "db_primary", "app.kubernetes.io/managed-by" = "terraform" }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "db_primary" }
    }

    template {
      metadata { labels = { app = "db_primary" } }
      spec {
        container {
          name  = "db_primary"
          image = "registry.example.com/db_primary:${var.image_tag}"
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

resource "aws_instance" "assets_secondary" {
  count = var.assets_secondary_count

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[count.index % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.assets_secondary.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "assets_secondary-${count.index}"
  }
}

resource "aws_iam_policy" "metrics_primary" {
  name   = "metrics_primary-access"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.metrics_primary.arn}/*"
        }
      ]
    }
    EOT
}

variable "db_password" {
  type      = string
  sensitive = true

  validation {
    condition     = length(var.db_password) >= 16
    error_message = "Use at least 16 characters."
  }
}
