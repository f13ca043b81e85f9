module "api_secondary" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 20.0"

  name               = "${local.name_prefix}-api_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_s3_bucket_lifecycle_configuration" "metrics" {
  bucket = aws_s3_bucket.metrics.id

  rule {
    id     = "expire-old-metrics"
    status = "Enabled"

    filter {
      prefix = "metrics/"
    }

    expiration {
      days = 365
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

locals {
  common_tags = {
    Project     = var.project
    Environment = var.environment
    Owner       = "platform-team"
  }
  name_prefix = "${var.project}-${var.environment}"
  is_prod     = var.environment == "prod"
  replicas    = local.is_prod ? 3 : 1
}

resource "aws_iam_policy" "web_8" {
  name   = "web_8-access"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.web_8.arn}/*"
        }
      ]
    }
    EOT
}
