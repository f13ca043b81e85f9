locals {
  cache_bytes = "4294967296"
}

resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "effective_cache_size"
    value = local.cache_bytes
  }

  parameter {
    name  = "log_statement"
    value = "verbose"
  }

  parameter {
    name  = "work_mem"
    value = 32
  }

  parameter {
    name  = "pgaudit.log"
    value = "ddl,writes"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "binlog_format"
    value = "ROWS"
  }

  parameter {
    name  = "innodb_flush_log_at_trx_commit"
    value = "3"
  }
}
