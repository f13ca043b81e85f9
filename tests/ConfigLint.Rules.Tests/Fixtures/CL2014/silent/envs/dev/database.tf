resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "all"
  }
}
