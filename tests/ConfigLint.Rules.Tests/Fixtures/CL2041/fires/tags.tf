resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-postgresql"
  master_username             = "reports_admin"
  manage_master_user_password = true
  deletion_protection         = false

  tags = {
    Name        = "reports"
    Environment = "production"
  }
}

resource "aws_rds_cluster" "scratch" {
  cluster_identifier          = "scratch"
  engine                      = "aurora-postgresql"
  master_username             = "scratch_admin"
  manage_master_user_password = true
  deletion_protection         = false

  tags = {
    Environment = "dev"
  }
}
