resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"

  tags {
    Name = "main"
  }
}

resource "aws_db_instance" "main" {
  instance_class    = "db.t3.micro"
  engine            = "postgres"
  allocated_storage = 20

  timeouts = {
    create = "60m"
  }
}

resource "aws_security_group" "web" {
  name = "web"

  dynamic "tags" {
    for_each = { Name = "web" }
    content {}
  }
}
