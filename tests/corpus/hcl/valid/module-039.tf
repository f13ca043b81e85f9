module "assets_primary" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 14.0"

  name               = "${local.name_prefix}-assets_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

output "logs_id" {
  description = "ID of the logs resource"
  value       = aws_instance.logs.id
}

output "logs_endpoint" {
  value     = "https://${aws_lb.logs.dns_name}:${var.port}/health"
  sensitive = false
}
