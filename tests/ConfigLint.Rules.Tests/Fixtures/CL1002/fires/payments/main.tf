module "network" {
  source = "./modules/network"
  cidr   = "10.0.0.0/16"
}

module "remote" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}

resource "aws_instance" "web" {
  subnet_id = module.network.private_subnet
  tags      = { Vpc = module.network.vpc }
}

output "remote_vpc" {
  value = module.remote.vpc_id
}
