resource "aws_s3_bucket_lifecycle_configuration" "api_secondary" {
  bucket = aws_s3_bucket.api_secondary.id

  rule {
    id     = "expire-old-api_secondary"
    status = "Enabled"

    filter {
      prefix = "api_secondary/"
    }

    expiration {
      days = 30
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

output "logs_2_id" {
  description = "ID of the logs_2 resource"
  value       = aws_instance.logs_2.id
}

output "logs_2_endpoint" {
  value     = "https://${aws_lb.logs_2.dns_name}:${var.port}/health"
  sensitive = false
}

resource "aws_db_instance" "web_7" {
  identifier              = "web_7-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.xlarge"
  allocated_storage       = 20
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.web_7.name
}

resource "aws_db_parameter_group" "web_7" {
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
