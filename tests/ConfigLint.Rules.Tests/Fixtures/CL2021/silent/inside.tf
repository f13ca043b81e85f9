variable "other_vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "secondary" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_subnet" "private" {
  count      = 3
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

resource "aws_subnet" "pods" {
  vpc_id     = aws_vpc_ipv4_cidr_block_association.secondary.vpc_id
  cidr_block = "100.64.0.0/18"
}

resource "aws_subnet" "elsewhere" {
  vpc_id     = var.other_vpc_id
  cidr_block = "192.168.0.0/24"
}

resource "aws_vpc" "ipam" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 20
}

resource "aws_subnet" "ipam" {
  vpc_id     = aws_vpc.ipam.id
  cidr_block = "10.9.0.0/24"
}
