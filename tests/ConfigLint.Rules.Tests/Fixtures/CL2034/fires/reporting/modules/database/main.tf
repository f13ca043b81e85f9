variable "name" {
  type = string
}

variable "publicly_accessible" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  identifier          = var.name
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  storage_encrypted   = true
  publicly_accessible = var.publicly_accessible
  username            = "reporting_admin"

  manage_master_user_password = true
}
