module "api" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 19.0"

  name               = "${local.name_prefix}-api"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

module "queue" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 19.0"

  name               = "${local.name_prefix}-queue"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
