data "aws_iam_policy_document" "db" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.db.arn, "${aws_s3_bucket.db.arn}/*"]

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

terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-staging"
    key          = "assets_primary/terraform.tfstate"
    region       = "us-east-1"
    use_lockfile = true
  }
}
