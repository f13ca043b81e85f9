terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_eip" "nat" {
  vpc = true
}

resource "aws_s3_bucket" "logs" {
  bucket = "payments-logs"
  acl    = "private"

  versioning {
    enabled = true
  }

  dynamic "lifecycle_rule" {
    for_each = ["logs/"]
    content {
      prefix  = lifecycle_rule.value
      enabled = true
    }
  }
}
