resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  storage_encrypted   = true
  publicly_accessible = false
  username            = "main_admin"
  password            = var.db_password
}

resource "aws_db_instance" "default" {
  identifier        = "default"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
  username          = "default_admin"
  password          = var.db_password
}

resource "aws_rds_cluster_instance" "unknown" {
  identifier          = "unknown"
  cluster_identifier  = "orders"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = var.public
}

variable "public" {
  type = bool
}

variable "db_password" {
  type      = string
  sensitive = true
}
