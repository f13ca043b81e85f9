variable "allowed_sg_ids" {
  type = list(string)
}

resource "aws_db_instance" "this" {
  engine                 = "postgres"
  vpc_security_group_ids = var.allowed_sg_ids
}

output "endpoint" {
  value = aws_db_instance.this.address
}
