provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "zone" {
  type    = string
  default = "us-east-1a"
}

variable "zones" {
  type = list(string)
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_subnet" "from_data" {
  count             = 2
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
}

resource "aws_subnet" "from_variable" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.10.0/24"
  availability_zone = var.zone
}

resource "aws_subnet" "from_tfvars" {
  count             = length(var.zones)
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index + 20)
  availability_zone = var.zones[count.index]
}

resource "aws_subnet" "from_region" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.30.0/24"
  availability_zone = "${var.region}a"
}

resource "aws_subnet" "local_zone" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.31.0/24"
  availability_zone = "us-east-1-bos-1a"
}

module "subnet" {
  source = "./modules/subnet"
  zone   = "us-east-1c"
}
