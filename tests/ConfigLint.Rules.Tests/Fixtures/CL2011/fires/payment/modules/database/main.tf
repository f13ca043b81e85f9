variable "name" {
  type = string
}

variable "engine_version" {
  type = string
}

resource "aws_db_instance" "this" {
  identifier          = var.name
  engine              = "postgres"
  engine_version      = var.engine_version
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  skip_final_snapshot = true
}
