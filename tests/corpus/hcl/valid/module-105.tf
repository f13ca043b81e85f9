resource "aws_route53_record" "metrics" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}

resource "aws_iam_policy" "auth_1" {
  name   = "auth_1-access"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.auth_1.arn}/*"
        }
      ]
    }
    POLICY
}

resource "aws_s3_bucket" "logs_secondary" {
  bucket        = "${var.project}-logs_secondary-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "logs_secondary"
  })
}

resource "aws_s3_bucket_public_access_block" "logs_secondary" {
  bucket                  = aws_s3_bucket.logs_secondary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_vpc" "main" {
  cidr_block           = "10.143.0.0/16"
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
