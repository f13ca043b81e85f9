resource "aws_vpc" "main" {
  cidr_block           = "10.41.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = element(var.azs, count.index)
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_eip" "nat" {
  domain     = "vpc"
  depends_on = [aws_internet_gateway.main]
}

check "health" {
  data "http" "metrics_1" {
    url = "https://${aws_lb.metrics_1.dns_name}/health"
  }

  assert {
    condition     = data.http.metrics_1.status_code == 200
    error_message = "${data.http.metrics_1.url} returned an unhealthy status code"
  }
}

module "cache" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 18.0"

  name               = "${local.name_prefix}-cache"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_s3_bucket_lifecycle_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id

  rule {
    id     = "expire-old-assets"
    status = "Enabled"

    filter {
      prefix = "assets/"
    }

    expiration {
      days = 365
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
