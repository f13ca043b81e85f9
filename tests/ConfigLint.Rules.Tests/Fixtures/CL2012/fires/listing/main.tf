variable "settings" {
  type = map(string)
  default = {
    "work_mem"                = "65536"
    "rds.force_ssl"           = "1"
    "pg_stat_statments_track" = "all"
  }
}

resource "aws_db_parameter_group" "reports" {
  name   = "reports-postgres16"
  family = "postgres16"

  dynamic "parameter" {
    for_each = var.settings
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  parameter {
    name  = "wal_level_logical"
    value = "1"
  }
}
