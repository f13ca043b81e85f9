resource "aws_db_instance" "main" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = false
  skip_final_snapshot         = true
}
