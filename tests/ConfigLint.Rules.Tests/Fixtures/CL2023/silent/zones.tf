provider "aws" {
  region = "us-west-2"
}

variable "unknown_region" {
  type = string
}

provider "aws" {
  alias  = "elsewhere"
  region = var.unknown_region
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_subnet" "a" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-west-2d"
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.2.0/24"
  availability_zone = data.aws_availability_zones.available.names[1]
}

resource "aws_subnet" "local_zone" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.3.0/24"
  availability_zone = "us-west-2-lax-1a"
}

resource "aws_subnet" "unknown" {
  provider          = aws.elsewhere
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.4.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "own_region" {
  region            = "eu-west-1"
  vpc_id            = "vpc-0fedcba9876543210"
  cidr_block        = "10.0.5.0/24"
  availability_zone = "eu-west-1a"
}
