locals {
  name = "payments-${var.environment}"

  common_tags = {
    Project     = "payments"
    Environment = var.environment
    ManagedBy   = "terraform"
  }

  public_services = { for name, service in var.services : name => service if service.public }
  zone_names      = sort(keys(var.network.zones))
}

data "aws_caller_identity" "current" {}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "random_id" "suffix" {
  byte_length = 4
}

module "network" {
  source = "./modules/network"

  name       = local.name
  cidr_block = var.network.cidr_block
  zones      = var.network.zones
  enable_nat = var.network.enable_nat
  tags       = local.common_tags
}

module "database" {
  source = "./modules/database"

  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  name              = local.name
  subnet_ids        = module.network.private_subnet_ids
  vpc_id            = module.network.vpc_id
  allowed_sg_ids    = [for service in module.service : service.security_group_id]
  engine_version    = var.database.engine_version
  instance_class    = var.database.instance_class
  allocated_storage = var.database.allocated_storage
  backup_retention  = coalesce(var.database.backup_retention, 7)
  parameters        = var.database.parameters
  password          = var.db_password
}

module "service" {
  source   = "./modules/service"
  for_each = var.services

  name          = "${local.name}-${each.key}"
  image         = each.value.image
  port          = each.value.port
  desired_count = each.value.desired_count
  public        = each.value.public
  environment   = merge(each.value.environment, { DATABASE_HOST = module.database.address })
  vpc_id        = module.network.vpc_id
  subnet_ids    = each.value.public ? module.network.public_subnet_ids : module.network.private_subnet_ids

  depends_on = [module.network]
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name}-logs-${random_id.suffix.hex}"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "expire"
    status = "Enabled"

    filter {
      prefix = ""
    }

    expiration {
      days = 365
    }
  }
}

moved {
  from = aws_s3_bucket.log_bucket
  to   = aws_s3_bucket.logs
}

import {
  to = aws_s3_bucket_lifecycle_configuration.logs
  id = "${local.name}-logs"
}

check "logs_bucket_name" {
  assert {
    condition     = length(aws_s3_bucket.logs.bucket) <= 63
    error_message = "The logs bucket name is too long."
  }
}
