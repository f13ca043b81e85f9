module "worker_primary" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 15.0"

  name               = "${local.name_prefix}-worker_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_route53_record" "db_primary" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

check "health" {
  data "http" "cache" {
    url = "https://${aws_lb.cache.dns_name}/health"
  }

  assert {
    condition     = data.http.cache.status_code == 200
    error_message = "${data.http.cache.url} returned an unhealthy status code"
  }
}
