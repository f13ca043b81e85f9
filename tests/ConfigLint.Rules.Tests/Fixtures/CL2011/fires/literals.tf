resource "aws_db_instance" "legacy_mysql" {
  engine            = "mysql"
  engine_version    = "8.0.28"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "future" {
  engine            = "postgres"
  engine_version    = "19"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  engine_version     = "15.99"
}

resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  cluster_identifier = aws_rds_cluster.orders.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
  engine_version     = "8.0.mysql_aurora.3.01.0"
}

resource "aws_db_instance" "maria" {
  engine            = "mariadb"
  engine_version    = "10.11.99"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
