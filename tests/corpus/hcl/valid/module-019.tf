module "api_secondary" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 17.0"

  name               = "${local.name_prefix}-api_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

data "aws_iam_policy_document" "web" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.web.arn, "${aws_s3_bucket.web.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = [for id in var.reader_accounts : "arn:aws:iam::${id}:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}
