removed {
  from = aws_instance.db_secondary

  lifecycle {
    destroy = false
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "api_secondary" {
  bucket = aws_s3_bucket.api_secondary.id

  rule {
    id     = "expire-old-api_secondary"
    status = "Enabled"

    filter {
      prefix = "api_secondary/"
    }

    expiration {
      days = 7
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

resource "aws_db_instance" "cache_primary" {
  identifier              = "cache_primary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "14.12"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 400
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.cache_primary.name
}

resource "aws_db_parameter_group" "cache_primary" {
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
