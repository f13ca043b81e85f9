resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group" "db" {
  name = "db"

  lifecycle {
    replace_triggered_by = [aws_security_group.app]
  }
}

resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.app.id
  from_port                    = 5432
  to_port                      = 5432
  ip_protocol                  = "tcp"
}

resource "aws_vpc_security_group_egress_rule" "app_to_db" {
  security_group_id            = aws_security_group.app.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "-1"
}

resource "aws_instance" "web" {
  ami = "ami-0c55b159cbfafe1f0"

  provisioner "local-exec" {
    command = "echo ${self.public_ip}"
  }
}

locals {
  base = "app"
  full = "${local.base}-1"
}
