resource "aws_s3_object" "readme" {
  bucket = "payments-logs"
  key    = "README"
}

data "aws_vpcs" "all" {}

resource "random_pet" "name" {}

resource "null_resource" "noop" {}
