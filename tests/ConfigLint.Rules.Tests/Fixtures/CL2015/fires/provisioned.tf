resource "aws_db_instance" "io1_without_iops" {
  engine            = "mysql"
  instance_class    = "db.m6g.large"
  allocated_storage = 200
  storage_type      = "io1"
}

resource "aws_db_instance" "too_many_iops" {
  engine            = "mariadb"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_type      = "io2"
  iops              = 10000
}

resource "aws_db_instance" "tiny" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 10
}

resource "aws_db_instance" "small_io" {
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 50
  storage_type      = "io1"
  iops              = 1000
}
