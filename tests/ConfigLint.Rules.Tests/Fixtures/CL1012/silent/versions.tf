terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
    legacy = "~> 1.0"
    terraform = {
      source = "terraform.io/builtin/terraform"
    }
  }
}
