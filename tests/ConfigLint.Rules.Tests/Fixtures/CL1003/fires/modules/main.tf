module "app" {
  source    = "./modules/app"
  db_host   = module.db.endpoint
}

module "db" {
  source         = "./modules/db"
  allowed_sg_ids = [module.app.security_group_id]
}
