variable "db_allocated_storage" {
  type    = number
  default = 100
}

resource "aws_db_instance" "main" {
  identifier         = "payment-db-dev"
  engine             = "postgres"
  engine_version     = "15.14"
  instance_class     = "db.t3.micro"
  allocated_storage  = var.db_allocated_storage
  storage_type       = "gp3"
  iops               = 3000
  storage_throughput = 125
}
