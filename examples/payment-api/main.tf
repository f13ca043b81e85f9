locals {
  name = "payment-${var.environment}"
}

resource "random_id" "suffix" {
  byte_length = 4
}

module "network" {
  source = "./modules/network"

  name       = local.name
  cidr_block = "10.0.0.0/16"
}

module "database" {
  source = "./modules/database"

  name           = local.name
  engine_version = var.db_engine_version
  instance_class = var.db_instance_class
  subnet_ids     = module.network.private_subnets
  security_group = aws_security_group.db.id
}

resource "aws_security_group" "app" {
  name   = "${local.name}-app"
  vpc_id = module.network.vpc_id

  egress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.db.id]
  }
}

resource "aws_security_group" "db" {
  name   = "${local.name}-db"
  vpc_id = module.network.vpc_id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_cloudwatch_log_group" "vpc_flow_logs" {
  name              = "/aws/vpc/${local.name}"
  retention_in_days = 30
}

resource "aws_flow_log" "vpc" {
  vpc_id              = module.network.vpc_id
  traffic_type        = "ALL"
  log_destination_arn = aws_cloudwatch_log_group.vpc_flow_logs.arn
}

resource "aws_s3_bucket" "transaction_logs" {
  bucket = "${local.name}-logs-${random_id.suffix.hex}"
  tags   = { Environment = var.enviroment }
}

resource "aws_s3_bucket_lifecycle_configuration" "transaction_logs" {
  bucket = aws_s3_bucket.transaction_logs.id

  rule {
    id     = "archive"
    status = "Enabled"

    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}
