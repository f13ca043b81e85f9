variable "zone" {
  type = string
}

resource "aws_subnet" "this" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.40.0/24"
  availability_zone = var.zone
}
