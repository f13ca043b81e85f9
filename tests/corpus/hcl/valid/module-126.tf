data "aws_iam_policy_document" "api_secondary" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.api_secondary.arn, "${aws_s3_bucket.api_secondary.arn}/*"]

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

module "db_4" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 4.0"

  name               = "${local.name_prefix}-db_4"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

data "aws_iam_policy_document" "api_secondary" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.api_secondary.arn, "${aws_s3_bucket.api_secondary.arn}/*"]

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

resource "aws_s3_bucket_lifecycle_configuration" "assets_primary" {
  bucket = aws_s3_bucket.assets_primary.id

  rule {
    id     = "expire-old-assets_primary"
    status = "Enabled"

    filter {
      prefix = "assets_primary/"
    }

    expiration {
      days = 30
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
