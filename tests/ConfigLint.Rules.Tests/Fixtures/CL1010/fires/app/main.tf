module "db" {
  source         = "./modules/db"
  name           = "payments"
  subnet_ids     = ["subnet-1"]
  engine_version = "15.14"
  instance_clas  = "db.t3.small"
  password       = "not-a-variable"
}
