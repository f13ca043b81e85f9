resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "shared_preload_libraries"
    value = "pg_stat_statements,pg_cron"
  }

  parameter {
    name         = "rds.logical_replication"
    value        = "1"
    apply_method = "immediate"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name = "performance_schema"
    value = "1"
  }
}
