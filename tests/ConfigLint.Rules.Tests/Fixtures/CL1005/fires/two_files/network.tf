resource "aws_subnet" "private" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.1.0/24"
}

variable "region" {
  default = "eu-west-1"
}

provider "aws" {
  region = var.region
}

locals {
  name = "app"
}

terraform {
  backend "s3" {
    bucket = "state"
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
