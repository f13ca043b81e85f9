resource "aws_db_instance" "assets_primary" {
  identifier              = "assets_primary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "14.12"
  instance_class          = "db.m6g.xlarge"
  allocated_storage       = 500
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.assets_primary.name
}

resource "aws_db_parameter_group" "assets_primary" {
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }
}

module "auth_secondary" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 15.0"

  name               = "${local.name_prefix}-auth_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_s3_bucket" "worker" {
  bucket        = "${var.project}-worker-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "worker"
  })
}

resource "aws_s3_bucket_public_access_block" "worker" {
  bucket                  = aws_s3_bucket.worker.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

terraform {
  required_version = ">= 1.8.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.31"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-dev"
    key          = "worker_3/terraform.tfstate"
    region       = "us-east-1"
    use_lockfile = true
  }
}
