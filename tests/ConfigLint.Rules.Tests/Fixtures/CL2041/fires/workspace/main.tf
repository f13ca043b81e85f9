locals {
  is_production = terraform.workspace == "prod"
}

resource "aws_db_instance" "main" {
  identifier                  = "ledger-${terraform.workspace}"
  engine                      = "mysql"
  instance_class              = local.is_production ? "db.r6g.large" : "db.t4g.small"
  allocated_storage           = 50
  username                    = "ledger_admin"
  manage_master_user_password = true
  multi_az                    = local.is_production
  deletion_protection         = false
  skip_final_snapshot         = local.is_production ? false : true
}
