module "db" {
  source = "./modules/db"
  name   = "payments"
}

module "remote" {
  source = "terraform-aws-modules/rds/aws"
}
