resource "aws_db_instance" "this" {
  identifier     = var.name
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = var.instance_class
  tags           = var.tags
}

resource "aws_db_subnet_group" "this" {
  subnet_ids = var.subnet_ids
}
