resource "aws_s3_bucket_versionning" "logs" {
  bucket = "payments-logs"
}

resource "aws_opsworks_stack" "legacy" {
  name = "legacy"
}

data "aws_vpcs_all" "all" {}
