variable "db_host" {
  type = string
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "talks to ${var.db_host}"
}

output "security_group_id" {
  value = aws_security_group.app.id
}
