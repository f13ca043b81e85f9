data "aws_iam_policy_document" "cache" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.cache.arn, "${aws_s3_bucket.cache.arn}/*"]

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
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.15"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-prod"
    key          = "cache/terraform.tfstate"
    region       = "eu-central-1"
    use_lockfile = true
  }
}
