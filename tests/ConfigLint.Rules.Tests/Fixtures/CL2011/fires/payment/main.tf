module "database" {
  source = "./modules/database"

  name           = "payment-db-dev"
  engine_version = var.db_engine_version
}
