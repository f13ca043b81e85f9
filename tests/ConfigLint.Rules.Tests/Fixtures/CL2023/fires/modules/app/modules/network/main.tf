resource "aws_subnet" "a" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.2.1.0/24"
  availability_zone = "eu-central-1a"
}
