resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

variable "internet_destinations" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.main.id

  dynamic "route" {
    for_each = toset(var.internet_destinations)

    content {
      cidr_block = route.value
      gateway_id = aws_internet_gateway.main.id
    }
  }
}

resource "aws_main_route_table_association" "shared" {
  vpc_id         = aws_vpc.main.id
  route_table_id = aws_route_table.shared.id
}

resource "aws_subnet" "private_a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.1.1.0/24"
}
