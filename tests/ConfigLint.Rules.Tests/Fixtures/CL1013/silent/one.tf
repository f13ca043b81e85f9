variable "zones" {
  type = list(string)
}

resource "aws_subnet" "private" {
  for_each          = toset(var.zones)
  vpc_id            = "vpc-1"
  availability_zone = each.key
}

resource "aws_eip" "nat" {
  count  = length(var.zones)
  domain = "vpc"
}
