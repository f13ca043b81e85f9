module "auth_1" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 5.0"

  name               = "${local.name_prefix}-auth_1"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
