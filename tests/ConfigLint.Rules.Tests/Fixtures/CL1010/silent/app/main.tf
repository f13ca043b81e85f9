module "db" {
  source         = "./modules/db"
  name           = "payments"
  subnet_ids     = ["subnet-1", "subnet-2"]
  engine_version = "15.14"
}

module "replicas" {
  source         = "./modules/db"
  count          = 2
  name           = "replica-${count.index}"
  subnet_ids     = ["subnet-1"]
  engine_version = "15.14"
}

module "remote" {
  source = "terraform-aws-modules/rds/aws"
}

module "with_meta" {
  source         = "./modules/db"
  for_each       = toset(["a", "b"])
  name           = each.key
  subnet_ids     = []
  engine_version = "15.14"
  depends_on     = [module.db]

  providers = {
    aws = aws
  }
}
