module "queue_secondary" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 10.0"

  name               = "${local.name_prefix}-queue_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
