# The NAT gateway's VPC has no internet gateway in this module; the one here belongs to another VPC.
resource "aws_vpc" "edge" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "edge" {
  vpc_id = aws_vpc.edge.id
}

resource "aws_vpc" "core" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "core" {
  vpc_id     = aws_vpc.core.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_nat_gateway" "core" {
  subnet_id = aws_subnet.core.id
}
