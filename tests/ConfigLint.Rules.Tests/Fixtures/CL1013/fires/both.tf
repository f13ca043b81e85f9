variable "zones" {
  type = list(string)
}

resource "aws_subnet" "private" {
  count             = length(var.zones)
  for_each          = toset(var.zones)
  vpc_id            = "vpc-1"
  availability_zone = each.key
}

module "db" {
  for_each = toset(var.zones)
  source   = "./db"
  count    = 2
}
