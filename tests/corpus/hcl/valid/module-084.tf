resource "aws_db_instance" "logs_secondary" {
  identifier              = "logs_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 500
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.logs_secondary.name
}

resource "aws_db_parameter_group" "logs_secondary" {
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

check "health" {
  data "http" "worker_secondary" {
    url = "https://${aws_lb.worker_secondary.dns_name}/health"
  }

  assert {
    condition     = data.http.worker_secondary.status_code == 200
    error_message = "${data.http.worker_secondary.url} returned an unhealthy status code"
  }
}

removed {
  from = aws_instance.api

  lifecycle {
    destroy = false
  }
}

moved {
  from = aws_instance.api_secondary
  to   = aws_instance.api_secondary_v2
}

import {
  to = aws_s3_bucket.api_secondary
  id = "api_secondary-bucket"
}
