module "metrics_secondary" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 7.0"

  name               = "${local.name_prefix}-metrics_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_route53_record" "worker_secondary" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

output "cache_primary_id" {
  description = "ID of the cache_primary resource"
  value       = aws_instance.cache_primary.id
}

output "cache_primary_endpoint" {
  value     = "https://${aws_lb.cache_primary.dns_name}:${var.port}/health"
  sensitive = false
}

provider "aws" {
  region = var.region
  alias  = "replica"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
