resource "aws_subnet" "private" {
  cidr_block = "10.0.9.0/24"
}
