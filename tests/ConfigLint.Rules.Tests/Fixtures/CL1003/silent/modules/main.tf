# Each module uses an output of the other, but no output depends on the input that uses it:
# Terraform sees the module's inputs and outputs apart, so there is no cycle.
module "app" {
  source  = "./modules/app"
  db_host = module.db.endpoint
}

module "db" {
  source         = "./modules/db"
  allowed_sg_ids = [module.app.security_group_id]
}
