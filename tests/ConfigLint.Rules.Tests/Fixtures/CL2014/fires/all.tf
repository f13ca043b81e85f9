variable "environment" {
  type    = string
  default = "production"
}

resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "all"
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "general_log"
    value = 1
  }
}
