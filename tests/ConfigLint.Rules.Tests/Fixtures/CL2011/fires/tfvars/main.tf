variable "postgres_version" {
  type    = string
  default = "16.11"
}

resource "aws_db_instance" "reports" {
  engine            = "postgres"
  engine_version    = var.postgres_version
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
