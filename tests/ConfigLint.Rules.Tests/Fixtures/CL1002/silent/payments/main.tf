module "network" {
  source = "./modules/network"
  cidr   = "10.0.0.0/16"
}

module "zones" {
  source   = "./modules/network"
  for_each = { a = "10.1.0.0/16", b = "10.2.0.0/16" }
  cidr     = each.value
}

module "remote" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}

resource "aws_instance" "web" {
  subnet_id = module.network.private_subnet_ids[0]
  tags      = { Vpc = module.network.vpc_id, Zone = module.zones["a"].vpc_id }
}

output "remote_vpc" {
  value = module.remote.vpc_id
}

output "zone_vpcs" {
  value = [for z in module.zones : z.vpc_id]
}
