variable "iops" {
  type    = number
  default = null
}

resource "aws_db_instance" "big_gp3" {
  engine             = "postgres"
  instance_class     = "db.m6g.large"
  allocated_storage  = 400
  storage_type       = "gp3"
  iops               = 12000
  storage_throughput = 500
}

resource "aws_db_instance" "small_gp3" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_type      = "gp3"
  iops              = var.iops
}

resource "aws_db_instance" "io1" {
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_type      = "io1"
  iops              = 3000
}

resource "aws_db_instance" "sqlserver" {
  engine            = "sqlserver-ex"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_type      = "gp3"
  iops              = 3000
}

resource "aws_db_instance" "replica" {
  replicate_source_db = "payments-primary"
  instance_class      = "db.t3.micro"
}
