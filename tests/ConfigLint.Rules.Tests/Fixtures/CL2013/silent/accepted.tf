resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "effective_cache_size"
    value = "{DBInstanceClassMemory*3/32768}"
  }

  parameter {
    name  = "max_connections"
    value = "LEAST({DBInstanceClassMemory/9531392},5000)"
    apply_method = "pending-reboot"
  }

  parameter {
    name  = "log_statement"
    value = "DDL"
  }

  parameter {
    name  = "work_mem"
    value = "65536"
  }

  parameter {
    name  = "maintenance_work_mem"
    value = "1GB"
  }

  parameter {
    name  = "random_page_cost"
    value = "1.1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "-1"
  }

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_connections"
    value = "on"
  }

  parameter {
    name  = "pgaudit.log"
    value = "ddl, role"
  }

  parameter {
    name  = "timezone"
    value = "Europe/Berlin"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "binlog_format"
    value = "row"
  }

  parameter {
    name  = "long_query_time"
    value = "0.5"
  }

  parameter {
    name  = "innodb_buffer_pool_size"
    value = "{DBInstanceClassMemory*3/4}"
  }

  parameter {
    name  = "sql_mode"
    value = "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION"
  }
}
