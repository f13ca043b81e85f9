resource "aws_s3_bucket_lifecycle_configuration" "metrics_secondary" {
  bucket = aws_s3_bucket.metrics_secondary.id

  rule {
    id     = "expire-old-metrics_secondary"
    status = "Enabled"

    filter {
      prefix = "metrics_secondary/"
    }

    expiration {
      days = 7
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

locals {
  subnet_ids   = aws_subnet.private[*].id
  subnet_cidrs = [for s in aws_subnet.private : s.cidr_block]
  subnets_by_az = {
    for s in aws_subnet.private : s.availability_zone => s.id...
  }
  public_names = { for k, v in var.services : k => upper(v.name) if v.public }
}

terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.29"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-staging"
    key          = "assets_secondary/terraform.tfstate"
    region       = "ap-southeast-2"
    use_lockfile = true
  }
}
