resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = var.ssh_port
  to_port           = var.ssh_port
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs
  security_group_id = aws_security_group.admin.id
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  for_each = toset(local.database_cidrs)

  security_group_id = aws_security_group.admin.id
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = each.value
}

locals {
  database_cidrs = ["10.20.0.0/16", var.open_cidr]
}
