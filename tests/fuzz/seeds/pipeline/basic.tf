variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  count      = 2
  cidr_block = cidrsubnet(var.cidr, 8, count.index)
  tags = {
    Name = "subnet-${count.index}"
  }
}
