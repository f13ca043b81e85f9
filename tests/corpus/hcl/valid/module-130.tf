resource "aws_s3_bucket" "web" {
  bucket        = "${var.project}-web-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "web"
  })
}

resource "aws_s3_bucket_public_access_block" "web" {
  bucket                  = aws_s3_bucket.web.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "cache_primary" {
  bucket        = "${var.project}-cache_primary-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "cache_primary"
  })
}

resource "aws_s3_bucket_public_access_block" "cache_primary" {
  bucket                  = aws_s3_bucket.cache_primary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_vpc" "main" {
  cidr_block           = "10.111.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = element(var.azs, count.index)
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_eip" "nat" {
  domain     = "vpc"
  depends_on = [aws_internet_gateway.main]
}

resource "aws_db_instance" "auth_secondary" {
  identifier              = "auth_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 400
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.auth_secondary.name
}

resource "aws_db_parameter_group" "auth_secondary" {
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
