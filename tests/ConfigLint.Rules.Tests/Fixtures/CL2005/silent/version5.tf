terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Removed in 6.0, present in 5.x.
resource "aws_opsworks_stack" "legacy" {
  name = "legacy"
}
