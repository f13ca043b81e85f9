variable "environment" {
  type = string
}

resource "aws_db_instance" "main" {
  identifier                  = "orders-${var.environment}"
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = var.environment == "production"
  skip_final_snapshot         = var.environment != "production"

  tags = {
    Environment = var.environment
    Product     = "orders"
  }
}
