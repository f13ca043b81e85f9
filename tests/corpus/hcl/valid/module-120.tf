resource "aws_iam_policy" "logs_8" {
  name   = "logs_8-access"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.logs_8.arn}/*"
        }
      ]
    }
    POLICY
}

module "web_primary" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 15.0"

  name               = "${local.name_prefix}-web_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
