resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "app" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)

  tags = {
    Name = "app-${count.index}"
    Tier = "private"
  }
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "app" {
  count          = 2
  subnet_id      = aws_subnet.app[count.index].id
  route_table_id = aws_route_table.app.id
}

locals {
  db_subnets = {
    a = "10.0.20.0/24"
    b = "10.0.21.0/24"
  }
}

resource "aws_subnet" "db_private" {
  for_each   = local.db_subnets
  vpc_id     = aws_vpc.main.id
  cidr_block = each.value
}

resource "aws_route_table" "db" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "db_ipv6" {
  route_table_id              = aws_route_table.db.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "db" {
  for_each       = aws_subnet.db_private
  subnet_id      = each.value.id
  route_table_id = aws_route_table.db.id
}

resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.main.default_route_table_id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_subnet" "workers" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.30.0/24"

  tags = {
    "kubernetes.io/role/internal-elb" = "1"
  }
}
