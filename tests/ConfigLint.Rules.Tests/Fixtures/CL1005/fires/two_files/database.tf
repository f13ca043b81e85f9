resource "aws_subnet" "private" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.2.0/24"
}

variable "region" {
  default = "us-east-1"
}

provider "aws" {
  region = "us-east-1"
}

locals {
  name = "db"
}

output "subnet" {
  value = aws_subnet.private.id
}

terraform {
  backend "local" {}

  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}
