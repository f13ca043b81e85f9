module "cache_primary" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 20.0"

  name               = "${local.name_prefix}-cache_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
