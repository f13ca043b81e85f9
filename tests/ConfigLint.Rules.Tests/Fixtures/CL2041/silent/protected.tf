variable "environment" {
  type    = string
  default = "production"
}

resource "aws_db_instance" "main" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "orders-final"
}

# Not written: the provider's default is not reported.
resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-postgresql"
  master_username             = "reports_admin"
  manage_master_user_password = true
  final_snapshot_identifier   = "reports-final"
}
