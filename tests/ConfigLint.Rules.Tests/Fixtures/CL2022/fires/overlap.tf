resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/23"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "same_for_each_instance" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.8.0/24"
}

resource "aws_subnet" "literal_a" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "172.16.0.0/24"
}

resource "aws_subnet" "literal_b" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "172.16.0.128/25"
}
