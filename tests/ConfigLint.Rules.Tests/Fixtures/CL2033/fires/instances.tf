resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  engine_version    = "16.11"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "orders_admin"
  password          = var.db_password
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = false
  username          = "billing_admin"
  password          = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}
