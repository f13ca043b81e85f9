resource "aws_security_group" "assets_secondary" {
  name_prefix = "assets_secondary-"
  description = "Security group for assets_secondary"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.ingress_rules
    iterator = rule
    content {
      from_port   = rule.value.from_port
      to_port     = rule.value.to_port
      protocol    = lookup(rule.value, "protocol", "tcp")
      cidr_blocks = rule.value.cidr_blocks
    }
  }

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "api_secondary" {
  identifier              = "api_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.xlarge"
  allocated_storage       = 100
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.api_secondary.name
}

resource "aws_db_parameter_group" "api_secondary" {
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

variable "subnets" {
  type = list(object({
    cidr = string
    az   = string
    public = optional(bool, false)
  }))
  default = [
    { cidr = "10.0.1.0/24", az = "us-east-1a" },
    { cidr = "10.0.2.0/24", az = "us-west-2b", public = true },
  ]
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "enabled" {
  type     = bool
  default  = true
  nullable = false
}
