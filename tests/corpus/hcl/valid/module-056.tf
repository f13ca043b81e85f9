locals {
  settings = jsondecode(file("${path.module}/settings.json"))
  merged   = merge(var.defaults, var.overrides...)
  args     = concat(["--verbose"], var.extra_args)
  joined   = join(",", [for a in local.args : trimspace(a)])
  arn      = provider::aws::arn_parse(var.role_arn).account_id
  padded   = format("%05d", var.build_number)
}

# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "worker_3" { # trailing comment
  name                      = "jobs" // another
  delay_seconds             = 0 /* inline */
  message_retention_seconds = 86400
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn,
    maxReceiveCount     = 4, # trailing comma below
  })
}

locals { one_line = "value" }

resource "aws_sns_topic" "alerts" {}

locals {
  settings = jsondecode(file("${path.module}/settings.json"))
  merged   = merge(var.defaults, var.overrides...)
  args     = concat(["--verbose"], var.extra_args)
  joined   = join(",", [for a in local.args : trimspace(a)])
  arn      = provider::aws::arn_parse(var.role_arn).account_id
  padded   = format("%05d", var.build_number)
}

resource "aws_db_instance" "web_secondary" {
  identifier              = "web_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "14.12"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 400
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
