# Only releases newer than the built-in 6.x catalog are admitted: a type it lacks may have been added since.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.28"
    }
  }
}

resource "aws_cloudfront_trust_store" "this" {
  name = "clients"
}
