provider "aws" {
  region = "us-east-1"
}

locals {
  primary_zone = "us-east-1b"
}

resource "aws_subnet" "private" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "app" {
  count             = 2
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index + 10)
  availability_zone = element(["us-east-1a", "us-east-1c"], count.index)
}

resource "aws_ebs_volume" "data" {
  availability_zone = local.primary_zone
  size              = 100
}

resource "aws_rds_cluster" "main" {
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  availability_zones  = ["us-east-1a", "us-east-1b", "us-east-1c"]
  master_username     = "orders_admin"
  manage_master_user_password = true
}
