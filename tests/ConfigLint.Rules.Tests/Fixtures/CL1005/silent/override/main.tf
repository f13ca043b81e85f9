resource "aws_subnet" "private" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "public" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.2.0/24"
}

data "aws_subnet" "private" {
  id = "subnet-1"
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

output "ids" {
  value = [aws_subnet.private.id, aws_subnet.public.id, data.aws_subnet.private.id]
}
