resource "aws_s3_bucket" "auth_primary" {
  bucket        = "${var.project}-auth_primary-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "auth_primary"
  })
}

resource "aws_s3_bucket_public_access_block" "auth_primary" {
  bucket                  = aws_s3_bucket.auth_primary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "metrics_2" { # trailing comment
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

resource "aws_route53_record" "db_secondary" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

resource "aws_db_instance" "web_1" {
  identifier              = "web_1-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.r6g.large"
  allocated_storage       = 500
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.web_1.name
}

resource "aws_db_parameter_group" "web_1" {
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
