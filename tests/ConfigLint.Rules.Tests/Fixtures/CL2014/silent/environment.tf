variable "env" {
  type    = string
  default = "test"
}

resource "aws_db_parameter_group" "orders" {
  name   = "orders-${var.env}-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "all"
  }
}
