module "database" {
  source = "./modules/database"

  name                = "reporting"
  publicly_accessible = var.database_public
}
