resource "aws_db_instance" "worker_4" {
  identifier              = "worker_4-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.worker_4.name
}

resource "aws_db_parameter_group" "worker_4" {
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

resource "aws_s3_bucket" "logs_1" {
  bucket        = "${var.project}-logs_1-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "logs_1"
  })
}

resource "aws_s3_bucket_public_access_block" "logs_1" {
  bucket                  = aws_s3_bucket.logs_1.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "auth" {
  bucket        = "${var.project}-auth-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "auth"
  })
}

resource "aws_s3_bucket_public_access_block" "auth" {
  bucket                  = aws_s3_bucket.auth.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
