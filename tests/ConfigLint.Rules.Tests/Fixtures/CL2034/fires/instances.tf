resource "aws_db_instance" "demo" {
  identifier          = "demo"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = true
  username            = "demo_admin"
  password            = var.db_password
}

resource "aws_rds_cluster_instance" "reader" {
  count               = 2
  identifier          = "reader-${count.index}"
  cluster_identifier  = "orders"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = count.index == 1
}

variable "db_password" {
  type      = string
  sensitive = true
}
