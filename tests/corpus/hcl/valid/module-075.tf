resource "aws_db_instance" "web_secondary" {
  identifier              = "web_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "14.12"
  instance_class          = "db.r6g.large"
  allocated_storage       = 20
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.web_secondary.name
}

resource "aws_db_parameter_group" "web_secondary" {
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
