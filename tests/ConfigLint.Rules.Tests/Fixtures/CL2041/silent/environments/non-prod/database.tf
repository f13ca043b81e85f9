resource "aws_db_instance" "main" {
  identifier                  = "orders-test"
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = false
  skip_final_snapshot         = true
}
