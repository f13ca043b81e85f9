terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    random = {
      source = "hashicorp/random"
    }
  }

  backend "s3" {
    bucket         = "payment-api-terraform-state"
    key            = "payment-api/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    dynamodb_table = "payment-api-terraform-locks"
  }
}

provider "aws" {
  region = var.region
}
