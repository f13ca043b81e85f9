variable "engine_version" {
  type = string
}

locals {
  postgres = "15.14"
}

resource "aws_db_instance" "a" {
  engine            = "postgres"
  engine_version    = local.postgres
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "major_only" {
  engine            = "postgres"
  engine_version    = "16"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "mysql" {
  engine            = "mysql"
  engine_version    = "8.0"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "unknown" {
  engine            = "postgres"
  engine_version    = var.engine_version
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "sqlserver" {
  engine            = "sqlserver-ex"
  engine_version    = "15.00.4073.23.v1"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-mysql"
  engine_version     = "8.0.mysql_aurora.3.08.2"
}

resource "aws_db_instance" "maria" {
  engine            = "mariadb"
  engine_version    = "10.11.8"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
