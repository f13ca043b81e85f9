variable "db_host" {
  type = string
}

resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/app/db_host"
  type  = "String"
  value = var.db_host
}

output "security_group_id" {
  value = aws_security_group.app.id
}
