variable "subnet_id" {
  type = string
}

# The gateway lives in another module: nothing to order against here.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = var.subnet_id
}
