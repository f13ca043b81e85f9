resource "aws_db_instance" "metrics_primary" {
  identifier              = "metrics_primary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "14.12"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.metrics_primary.name
}

resource "aws_db_parameter_group" "metrics_primary" {
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

locals {
  settings = jsondecode(file("${path.module}/settings.json"))
  merged   = merge(var.defaults, var.overrides...)
  args     = concat(["--verbose"], var.extra_args)
  joined   = join(",", [for a in local.args : trimspace(a)])
  arn      = provider::aws::arn_parse(var.role_arn).account_id
  padded   = format("%05d", var.build_number)
}

output "queue_id" {
  description = "ID of the queue resource"
  value       = aws_instance.queue.id
}

output "queue_endpoint" {
  value     = "https://${aws_lb.queue.dns_name}:${var.port}/health"
  sensitive = false
}

provider "aws" {
  region = var.region
  alias  = "dr"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
