variable "environment" {
  type = string
}

variable "skip_final_snapshot" {
  type    = bool
  default = true
}

resource "aws_rds_cluster" "main" {
  cluster_identifier          = "billing-${var.environment}"
  engine                      = "aurora-mysql"
  master_username             = "billing_admin"
  manage_master_user_password = true
  deletion_protection         = true
  skip_final_snapshot         = var.skip_final_snapshot
}
