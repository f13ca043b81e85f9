resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "general_log"
    value = "0"
  }

  # log_statement means nothing to MySQL.
  parameter {
    name  = "slow_query_log"
    value = "1"
  }
}
