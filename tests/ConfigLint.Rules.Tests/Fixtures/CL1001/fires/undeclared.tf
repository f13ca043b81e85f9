variable "region" {
  type = string
}

variable "environment" {
  default = "dev"
}

locals {
  name = "payments-${var.enviroment}"
}

provider "aws" {
  region = var.regoin
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = local.nmae }
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.mian.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.ubuntu.id
  subnet_id     = module.network.subnet_id
  instance_type = var.instance_type
  user_data     = "${path.modul}/init.sh"
}
