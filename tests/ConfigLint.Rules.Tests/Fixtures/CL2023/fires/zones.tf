provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

resource "aws_subnet" "private" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_subnet" "west" {
  provider          = aws.west
  vpc_id            = "vpc-0fedcba9876543210"
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-west-2e"
}

resource "aws_autoscaling_group" "web" {
  name               = "web"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "eu-west-1b"]
}
