resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }

  # Dynamic parameters may be applied immediately, which is the default.
  parameter {
    name  = "work_mem"
    value = "65536"
  }

  parameter {
    name         = "statement_timeout"
    value        = "30000"
    apply_method = "immediate"
  }

  # Not known to ConfigLint: its apply type is not guessed.
  parameter {
    name  = "pg_partman_bgw.interval"
    value = "3600"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "max_connections"
    value = "500"
  }

  parameter {
    name  = "innodb_buffer_pool_size"
    value = "{DBInstanceClassMemory*3/4}"
  }
}
