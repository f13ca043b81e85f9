resource "aws_s3_bucket" "db_primary" {
  bucket        = "${var.project}-db_primary-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "db_primary"
  })
}

resource "aws_s3_bucket_public_access_block" "db_primary" {
  bucket                  = aws_s3_bucket.db_primary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.20"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-qa"
    key          = "auth_primary/terraform.tfstate"
    region       = "ap-southeast-2"
    use_lockfile = true
  }
}
