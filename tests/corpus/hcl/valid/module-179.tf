data "aws_iam_policy_document" "metrics_primary" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.metrics_primary.arn, "${aws_s3_bucket.metrics_primary.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = [for id in var.reader_accounts : "arn:aws:iam::${id}:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket" "metrics" {
  bucket        = "${var.project}-metrics-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "metrics"
  })
}

resource "aws_s3_bucket_public_access_block" "metrics" {
  bucket                  = aws_s3_bucket.metrics.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
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

module "auth_secondary" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 11.0"

  name               = "${local.name_prefix}-auth_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
